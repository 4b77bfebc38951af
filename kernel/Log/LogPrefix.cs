namespace Rivet.Kernel.Log
{
    /// <summary>
    /// The start of every kernel log line: seconds since boot with microseconds, then the hart,
    /// as in "[    1.250000] hart 3: ". Time comes from the time CSR in ticks of the device tree's
    /// timebase-frequency.
    /// </summary>
    public static class LogPrefix
    {
        public static void Write(ref LogLine line, uint hartId, ulong ticks, ulong ticksPerSecond)
        {
            ulong seconds = ticksPerSecond == 0 ? 0 : ticks / ticksPerSecond;
            // remainder < ticksPerSecond, so the product stays far below 2^64 for any real timebase (< 1.8e13 Hz).
            ulong microseconds = ticksPerSecond == 0 ? 0 : ticks % ticksPerSecond * 1_000_000 / ticksPerSecond;
            line.Append("["u8);
            line.AppendDecimal(seconds, 5, (byte)' ');
            line.Append("."u8);
            line.AppendDecimal(microseconds, 6, (byte)'0');
            line.Append("] hart "u8);
            line.AppendDecimal((ulong)hartId);
            line.Append(": "u8);
        }
    }
}
