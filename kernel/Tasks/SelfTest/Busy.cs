using System.Threading;
using Rivet.Kernel.Time;
using Rivet.Kernel.Traps;

namespace Rivet.Kernel.Tasks.SelfTest
{
    /// <summary>Small helpers the checks share: spinning for a while, and recording which harts ran a task.</summary>
    internal static class Busy
    {
        /// <summary>Spins (interrupts on, so ticks preempt it) until <paramref name="milliseconds"/> have passed.</summary>
        public static void For(ulong milliseconds)
        {
            ulong end = Clock.Now + Clock.FromMilliseconds(milliseconds);
            while (Clock.Now < end)
            {
            }
        }

        /// <summary>A short, data-dependent delay inside a critical section, widening any race.</summary>
        public static int Delay(int rounds)
        {
            int sum = 0;
            for (int i = 0; i < rounds; i++) sum += i ^ rounds;
            return sum;
        }

        /// <summary>Sets the bit of the calling hart in <paramref name="mask"/>.</summary>
        public static void NoteHart(ref int mask)
        {
            int bit = 1 << CurrentHart.Index;
            int seen = Volatile.Read(ref mask);
            while ((seen & bit) == 0)
            {
                int before = Interlocked.CompareExchange(ref mask, seen | bit, seen);
                if (before == seen) return;
                seen = before;
            }
        }

        public static int BitCount(int mask)
        {
            int count = 0;
            for (; mask != 0; mask &= mask - 1) count++;
            return count;
        }
    }
}
