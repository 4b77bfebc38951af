using Rivet.Kernel.Panic;

namespace Rivet.Kernel.Tasks.SelfTest
{
    /// <summary>The suite's one assertion: a false condition stops the kernel with the failed fact.</summary>
    internal static class Expect
    {
        public static void True(bool condition, string what)
        {
            if (!condition) KernelPanic.Halt("task self-test failed: ", what, "");
        }
    }
}
