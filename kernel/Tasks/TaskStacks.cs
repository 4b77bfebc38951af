using System.Threading;
using Rivet.Hardware;
using Rivet.Kernel.DeviceTree;
using Rivet.Kernel.Log;
using Rivet.Kernel.Memory;
using Rivet.Kernel.Panic;
using Rivet.Kernel.Startup;
using Rivet.Kernel.Sync;
using Rivet.Kernel.Traps;

namespace Rivet.Kernel.Tasks
{
    /// <summary>
    /// Task memory in a window of the kernel address space cut into equal slots (a guard page plus
    /// <see cref="StackPages"/> pages each, <see cref="TaskStack"/>).
    /// Releasing a task's memory poisons it, unmaps it and starts a TLB generation; the memory then
    /// waits in quarantine until every hart has flushed its TLB past that generation (each hart
    /// flushes on its next trap, <see cref="OnTrapEntry"/>, and ticks come every 10 ms). Only then,
    /// when no hart can reach it through a stale translation, is the poison checked — a changed
    /// word means something wrote to a task's stack or frame after the task was gone, and the kernel
    /// panics — and the frames go back to the frame allocator and the slot to the free list.
    /// </summary>
    internal static unsafe class TaskStacks
    {
        /// <summary>Mapped pages per task (32 KiB, frame and thread-local block included).</summary>
        public const int StackPages = 8;
        private const int SlotPages = StackPages + 1;
        private const ulong SlotBytes = (ulong)SlotPages * PageSize.Bytes;
        /// <summary>The 64-bit words of a task's mapped memory, all poisoned on release.</summary>
        private const int StackWords = StackPages * (int)PageSize.Bytes / 8;
        private const ulong Poison = 0x5A5A_5A5A_5A5A_5A5AUL;
        /// <summary>At most this many tasks exist at once (144 MiB of address space).</summary>
        private const int MaxSlots = 4096;
#if RV32
        /// <summary>After the hart stacks' part of the stack window (KernelAddressSpace); ends at 0xFA00_0000.</summary>
        private const ulong Window = 0xF100_0000UL;
#else
        private const ulong Window = 0xFFFF_FFC0_4000_0000UL;
#endif

        private struct Quarantined
        {
            public TaskStack Stack;
            public long Generation;
            /// <summary>Whose memory it was, for the report if its poison was disturbed.</summary>
            public int TaskId;
            public string TaskName;
        }

        private static SpinLock s_lock;
        private static int s_slotsUsed;
        private static readonly int[] s_freeSlots = new int[MaxSlots];
        private static int s_freeCount;
        private static readonly Quarantined[] s_quarantine = new Quarantined[MaxSlots];
        private static int s_quarantineCount;
        private static long s_generation;

        /// <summary>
        /// Builds the window's page tables once, at boot (36 level-0 tables on Sv32, 73 tables on
        /// Sv39): spawning then never allocates a frame for a table, and the frame count after
        /// tasks are joined is exactly what it was before.
        /// </summary>
        public static void Initialize() => KernelAddressSpace.PrepareWindow(Window, (ulong)MaxSlots * SlotBytes);

        /// <summary>Memory for a new task, its thread-local block filled; panics when frames or slots run out.</summary>
        public static TaskStack Allocate()
        {
            Collect();
            ulong frames = PhysicalFrames.AllocateZeroed(StackPages, 1);
            if (frames == 0) KernelPanic.Halt("out of frames for a task stack");
            int slot;
            using (s_lock.Lock())
            {
                if (s_freeCount > 0) slot = s_freeSlots[--s_freeCount];
                else if (s_slotsUsed + s_quarantineCount < MaxSlots) slot = s_slotsUsed++;
                else slot = -1;
            }
            if (slot < 0) KernelPanic.Halt("too many tasks: every task-stack slot is in use");
            nuint bottom = (nuint)(Window + (ulong)slot * SlotBytes + PageSize.Bytes);
            nuint top = bottom + (nuint)StackPages * (nuint)PageSize.Bytes;
            KernelAddressSpace.Map(bottom, frames, (ulong)(top - bottom), PageFlags.Read | PageFlags.Write | PageFlags.Global, "a task stack");
            // The slot may have been mapped before: drop any translation this hart kept (spec 4.2.1).
            Cpu.SfenceVma();
            var stack = new TaskStack(slot, bottom, top, frames, Platform.ThreadLocalBlockBytes());
            Platform.InitializeThreadLocals(stack.ThreadLocals);
            return stack;
        }

        /// <summary>Poisons and unmaps a dead task's memory and quarantines it (see the class comment).</summary>
        public static void Release(in TaskStack stack, int taskId, string taskName)
        {
            ulong* words = (ulong*)(nuint)stack.Frames;
            for (int i = 0; i < StackWords; i++) words[i] = Poison;
            KernelAddressSpace.Unmap(stack.Bottom, (ulong)(stack.Top - stack.Bottom), "a task stack");
            Cpu.SfenceVma();
            long generation = Interlocked.Increment(ref s_generation);
            using (s_lock.Lock())
            {
                s_quarantine[s_quarantineCount++] = new Quarantined { Stack = stack, Generation = generation, TaskId = taskId, TaskName = taskName };
            }
        }

        /// <summary>Called by each hart at every trap: flushes its TLB if task memory was unmapped since its last flush.</summary>
        public static void OnTrapEntry(HartMeta hart)
        {
            long generation = Volatile.Read(ref s_generation);
            if (hart.TlbGeneration == generation) return;
            Cpu.SfenceVma();
            Volatile.Write(ref hart.TlbGeneration, generation);
        }

        /// <summary>Frees the quarantined memory every hart has flushed past, after checking its poison.</summary>
        public static void Collect()
        {
            if (QuarantinedCount == 0) return;
            long flushed = OldestFlushedGeneration();
            using (s_lock.Lock())
            {
                int kept = 0;
                for (int i = 0; i < s_quarantineCount; i++)
                {
                    Quarantined entry = s_quarantine[i];
                    if (entry.Generation > flushed)
                    {
                        s_quarantine[kept++] = entry;
                        continue;
                    }
                    CheckPoison(entry);
                    PhysicalFrames.Free(entry.Stack.Frames, StackPages);
                    s_freeSlots[s_freeCount++] = entry.Stack.Slot;
                }
                s_quarantineCount = kept;
            }
        }

        /// <summary>Task memory released but not yet back in the frame allocator.</summary>
        public static int QuarantinedCount => Volatile.Read(ref s_quarantineCount);

        /// <summary>The task whose stack's guard page holds <paramref name="address"/>: the slot index, or -1.</summary>
        public static int SlotOfGuard(nuint address)
        {
            if ((ulong)address < Window || (ulong)address >= Window + (ulong)MaxSlots * SlotBytes) return -1;
            ulong offset = (ulong)address - Window;
            return offset % SlotBytes < PageSize.Bytes ? (int)(offset / SlotBytes) : -1;
        }

        private static long OldestFlushedGeneration()
        {
            long oldest = long.MaxValue;
            for (int i = 0; i < Devices.Description.HartCount; i++)
            {
                HartMeta? hart = HartMeta.ForIndex(i);
                if (hart == null) continue;
                long seen = Volatile.Read(ref hart.TlbGeneration);
                if (seen < oldest) oldest = seen;
            }
            return oldest;
        }

        private static void CheckPoison(Quarantined entry)
        {
            ulong* words = (ulong*)(nuint)entry.Stack.Frames;
            int first = -1, changed = 0;
            for (int i = 0; i < StackWords; i++)
            {
                if (words[i] == Poison) continue;
                if (first < 0) first = i;
                changed++;
            }
            if (changed != 0) ReportUseAfterFree(entry, changed, first, words[first]);
        }

        /// <summary>Panics naming the task whose released memory was written, how much of it, and where (stack, thread-local block or trap frame).</summary>
        private static void ReportUseAfterFree(Quarantined entry, int changedWords, int firstWord, ulong firstValue)
        {
            ulong offset = (ulong)firstWord * 8;
            var detail = new LogLine(stackalloc byte[KernelLog.LineBytes]);
            detail.Append("task '"u8);
            detail.Append(entry.TaskName);
            detail.Append("' (id "u8);
            detail.AppendDecimal((ulong)entry.TaskId);
            detail.Append("): "u8);
            detail.AppendDecimal((ulong)changedWords);
            detail.Append(changedWords == 1 ? " word changed, in its "u8 : " words changed, the first in its "u8);
            detail.Append(entry.Stack.RegionOf(entry.Stack.Bottom + (nuint)offset));
            detail.Append(" at byte "u8);
            detail.AppendHex(offset);
            detail.Append(" of its memory (now "u8);
            detail.AppendHex(firstValue);
            detail.Append(")"u8);
            KernelPanic.Halt("use after free: a released task stack or trap frame was written after its task died", detail.Text);
        }
    }
}
