namespace Rivet.Kernel.Log
{
    /// <summary>The result lines of the in-kernel suites, which the QEMU tests read: "<c>suite</c>: <c>check</c>: ok", with details.</summary>
    internal static class CheckReport
    {
        /// <summary>"<paramref name="suite"/>: <paramref name="check"/>: ok" plus, when <paramref name="value"/> ≥ 0, " (<paramref name="before"/> value <paramref name="after"/>)".</summary>
        public static void Passed(string suite, string check, string before, long value, string after)
        {
            var line = KernelLog.Begin(stackalloc byte[KernelLog.LineBytes]);
            line.Append(suite);
            line.Append(": "u8);
            line.Append(check);
            line.Append(": ok"u8);
            if (value >= 0)
            {
                line.Append(" ("u8);
                line.Append(before);
                line.AppendDecimal(value);
                line.Append(after);
                line.Append(")"u8);
            }
            KernelLog.Emit(ref line);
        }
    }
}
