using System.Threading;
using Rivet.Kernel.Log;
using Rivet.Kernel.Sync;

namespace Rivet.Kernel.Tasks.SelfTest
{
    /// <summary>
    /// Writers keep two counters equal, changing one, delaying, then the other, under the write
    /// side of a <see cref="SpinReaderWriterLock"/>; readers check them under the read side. A
    /// torn read or a lost write would show. The most readers seen inside at once is logged.
    /// </summary>
    internal static unsafe class ReaderWriterContention
    {
        private const int Writers = 2;
        private const int Readers = 6;
        private const int WriterRounds = 1500;
        private const int ReaderRounds = 3000;

        private static SpinReaderWriterLock s_lock;
        private static long s_first;
        private static long s_second;
        private static int s_torn;
        private static int s_mostReaders;

        public static void Run()
        {
            KernelTask[] writers = TaskGroup.Spawn("rw-writer", &Writer, Writers);
            KernelTask[] readers = TaskGroup.Spawn("rw-reader", &Reader, Readers);
            TaskGroup.JoinAll(writers, "a reader-writer writer failed");
            TaskGroup.JoinAll(readers, "a reader-writer reader failed");
            Expect.True(s_torn == 0, "a reader saw a half-done write (the write lock let a reader in)");
            Expect.True(s_first == Writers * WriterRounds && s_second == s_first, "a write was lost (two writers were inside at once)");

            var line = KernelLog.Begin(stackalloc byte[KernelLog.LineBytes]);
            line.Append("task self-test: reader-writer spin lock: "u8);
            line.AppendDecimal((ulong)Writers);
            line.Append(" writers x "u8);
            line.AppendDecimal((ulong)WriterRounds);
            line.Append(", "u8);
            line.AppendDecimal((ulong)Readers);
            line.Append(" readers x "u8);
            line.AppendDecimal((ulong)ReaderRounds);
            line.Append(", no torn read, counters "u8);
            line.AppendDecimal((ulong)s_first);
            line.Append(", up to "u8);
            line.AppendDecimal((ulong)s_mostReaders);
            line.Append(" readers inside at once"u8);
            KernelLog.Emit(ref line);
        }

        private static void Writer(nuint unused)
        {
            for (int round = 0; round < WriterRounds; round++)
            {
                using (s_lock.Write())
                {
                    s_first++;
                    Busy.Delay(8);
                    s_second++;
                }
            }
        }

        private static void Reader(nuint unused)
        {
            for (int round = 0; round < ReaderRounds; round++)
            {
                using (s_lock.Read())
                {
                    if (s_first != s_second) Interlocked.Increment(ref s_torn);
                    int inside = s_lock.ReaderCount;
                    int most = Volatile.Read(ref s_mostReaders);
                    if (inside > most) Interlocked.CompareExchange(ref s_mostReaders, inside, most);
                    Busy.Delay(4);
                }
            }
        }
    }
}
