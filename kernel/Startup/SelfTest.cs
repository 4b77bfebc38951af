using System;
using System.Threading;
using Rivet.Kernel.Arch.RiscV;
using Rivet.Kernel.Log;
using Rivet.Kernel.Memory;
using Rivet.Kernel.Panic;
using Rivet.Kernel.Time;
using Rivet.Kernel.Traps;

namespace Rivet.Kernel.Startup
{
    /// <summary>
    /// Each hart's share of the in-kernel self-test, run concurrently on every hart: the heap and
    /// the frame allocator under contention (blocks filled with a per-hart pattern must come back
    /// intact, so overlapping allocations are caught), <c>new</c>, the page tables' permissions
    /// (<see cref="PagingSelfTest"/>), timer-queue wake-ups in deadline order and never early, and
    /// periodic ticks. A failure panics with what failed.
    /// </summary>
    internal static unsafe class SelfTest
    {
        private const int HeapBlocks = 48;
        private const int Frames = 8;
        private const ulong WakeAfterMilliseconds = 30;
        private const long TicksRequired = 3;
        /// <summary>The order the ordering check schedules its waiters in: rank k's deadline is k steps after the first.</summary>
        private static ReadOnlySpan<byte> ScheduleOrder => [5, 2, 7, 0, 3, 6, 1, 4];
        /// <summary>Between consecutive deadlines: less than a tick, so some expire in the same interrupt.</summary>
        private const ulong OrderStepMicroseconds = 3_000;

        private sealed class WakeFlag : ITimerWaiter
        {
            public int Fired;
            public ulong At;

            public void Wake(ulong now)
            {
                At = now;
                Volatile.Write(ref Fired, 1);
            }
        }

        /// <summary>One waiter of the ordering check: records its rank in the shared log when woken.</summary>
        private sealed class RankedWaiter : ITimerWaiter
        {
            private readonly int _rank;
            private readonly int[] _log;
            private readonly ulong _deadline;

            public RankedWaiter(int rank, int[] log, ulong deadline)
            {
                _rank = rank;
                _log = log;
                _deadline = deadline;
            }

            public void Wake(ulong now)
            {
                // Only this hart's timer interrupt wakes it, so the log's count needs no atomics.
                _log[_log[0] + 1] = now < _deadline ? -1 : _rank;
                Volatile.Write(ref _log[0], _log[0] + 1);
            }
        }

        public static void Run(HartMeta hart)
        {
            byte pattern = (byte)(0x11 * (hart.Index + 1));
            CheckHeap(pattern);
            CheckFrames(pattern);
            CheckManagedAllocation(hart.Index);
            int pagingChecks = PagingSelfTest.Run(hart);
            ulong lateBy = CheckTimerWake();
            CheckTimerOrder();
            while (Volatile.Read(ref hart.Ticks) < TicksRequired) Interrupts.WaitForInterrupt();

            var line = KernelLog.Begin(stackalloc byte[KernelLog.LineBytes]);
            line.Append("self-test passed: heap, frames, new, paging ("u8);
            line.AppendDecimal((ulong)pagingChecks);
            line.Append(" accesses), timer woke "u8);
            line.AppendDecimal(lateBy * 1_000_000 / Clock.Frequency);
            line.Append(" us after its deadline, "u8);
            line.AppendDecimal((ulong)ScheduleOrder.Length);
            line.Append(" wake-ups in deadline order, "u8);
            line.AppendDecimal((ulong)Volatile.Read(ref hart.Ticks));
            line.Append(" ticks"u8);
            KernelLog.Emit(ref line);
        }

        private static void CheckHeap(byte pattern)
        {
            byte** blocks = stackalloc byte*[HeapBlocks];
            int* sizes = stackalloc int[HeapBlocks];
            for (int i = 0; i < HeapBlocks; i++)
            {
                sizes[i] = 1 + (i * 97) % 3000;
                nuint alignment = (nuint)1 << (i % 8 + 3);
                blocks[i] = KernelHeap.Allocate((nuint)sizes[i], alignment);
                if (blocks[i] == null || ((nuint)blocks[i] & (alignment - 1)) != 0) KernelPanic.Halt("self-test: heap allocation failed or misaligned");
                for (int b = 0; b < sizes[i]; b++) blocks[i][b] = (byte)(pattern + i);
            }
            for (int i = 0; i < HeapBlocks; i++)
            {
                for (int b = 0; b < sizes[i]; b++)
                {
                    if (blocks[i][b] != (byte)(pattern + i)) KernelPanic.Halt("self-test: heap blocks overlap");
                }
                KernelHeap.Free(blocks[i]);
            }
        }

        private static void CheckFrames(byte pattern)
        {
            ulong* frames = stackalloc ulong[Frames];
            for (int i = 0; i < Frames; i++)
            {
                frames[i] = PhysicalFrames.AllocateZeroed();
                if (frames[i] == 0) KernelPanic.Halt("self-test: no frame");
                *(ulong*)(nuint)frames[i] = pattern * 0x0101010101010101UL + (ulong)i;
            }
            for (int i = 0; i < Frames; i++)
            {
                if (*(ulong*)(nuint)frames[i] != pattern * 0x0101010101010101UL + (ulong)i) KernelPanic.Halt("self-test: frames overlap");
                PhysicalFrames.Free(frames[i], 1);
            }
        }

        private static void CheckManagedAllocation(int index)
        {
            var squares = new long[100];
            for (int i = 0; i < squares.Length; i++) squares[i] = (long)i * i + index;
            long sum = 0;
            foreach (long square in squares) sum += square;
            if (sum != 328350 + 100L * index) KernelPanic.Halt("self-test: managed array contents wrong");
        }

        /// <summary>Schedules a wake-up and sleeps until it fires; returns how many ticks after the deadline it came.</summary>
        private static ulong CheckTimerWake()
        {
            var flag = new WakeFlag();
            ulong deadline = Clock.Now + Clock.FromMilliseconds(WakeAfterMilliseconds);
            if (!Ticker.WakeAt(deadline, flag)) KernelPanic.Halt("self-test: timer queue full");
            while (Volatile.Read(ref flag.Fired) == 0) Interrupts.WaitForInterrupt();
            if (flag.At < deadline) KernelPanic.Halt("self-test: timer woke before its deadline");
            return flag.At - deadline;
        }

        /// <summary>Waiters scheduled out of order must wake in deadline order, none before its deadline.</summary>
        private static void CheckTimerOrder()
        {
            // log[0] counts wake-ups; log[1..] holds the ranks in the order they woke (-1: early).
            var log = new int[ScheduleOrder.Length + 1];
            ulong first = Clock.Now + Clock.FromMilliseconds(WakeAfterMilliseconds);
            ulong step = Clock.Frequency * OrderStepMicroseconds / 1_000_000;
            foreach (byte rank in ScheduleOrder)
            {
                ulong deadline = first + rank * step;
                if (!Ticker.WakeAt(deadline, new RankedWaiter(rank, log, deadline))) KernelPanic.Halt("self-test: timer queue full");
            }
            while (Volatile.Read(ref log[0]) < ScheduleOrder.Length) Interrupts.WaitForInterrupt();
            for (int i = 0; i < ScheduleOrder.Length; i++)
            {
                if (log[i + 1] < 0) KernelPanic.Halt("self-test: a timer waiter woke before its deadline");
                if (log[i + 1] != i) KernelPanic.Halt("self-test: timer waiters woke out of deadline order");
            }
        }
    }
}
