using Rivet.Kernel.Log;
using Rivet.Kernel.Panic;

namespace Rivet.Kernel.Async.SelfTest
{
    /// <summary>The async self-test's verdicts: a failed check panics with its reason (exit status 100); results are log lines "async: …".</summary>
    internal static class Expect
    {
        public static void True(bool condition, string what)
        {
            if (!condition) KernelPanic.Halt("async self-test failed: ", what, "");
        }

        public static void Passed(string check) => Passed(check, "", -1, "");

        /// <summary>"async: <paramref name="check"/>: ok" plus, when <paramref name="value"/> ≥ 0, " (<paramref name="before"/> value <paramref name="after"/>)".</summary>
        public static void Passed(string check, string before, long value, string after) => SuiteReport.Passed("async", check, before, value, after);
    }
}
