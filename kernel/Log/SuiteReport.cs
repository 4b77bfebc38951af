namespace Rivet.Kernel.Log
{
    /// <summary>
    /// The lines the in-kernel suites print for the programs that read the console: a passed check,
    /// "<c>suite</c>: <c>check</c>: ok" with details (the QEMU tests), and a measurement,
    /// "bench: <c>name</c>: <c>value</c> <c>unit</c>" (the bench scripts).
    /// </summary>
    internal static class SuiteReport
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

        /// <summary>"bench: <paramref name="name"/>: <paramref name="value"/> <paramref name="unit"/>".</summary>
        public static void Measured(string name, ulong value, string unit)
        {
            var line = KernelLog.Begin(stackalloc byte[KernelLog.LineBytes]);
            line.Append("bench: "u8);
            line.Append(name);
            line.Append(": "u8);
            line.AppendDecimal(value);
            line.Append(" "u8);
            line.Append(unit);
            KernelLog.Emit(ref line);
        }
    }
}
