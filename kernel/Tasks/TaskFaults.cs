using Rivet.Arch.RiscV;
using Rivet.Kernel.Log;
using Rivet.Kernel.Panic;
using Rivet.Kernel.Sync;
using Rivet.Kernel.Traps;

namespace Rivet.Kernel.Tasks
{
    /// <summary>
    /// A task that runs off its stack hits its guard page (<see cref="TaskStack"/>): the fault is
    /// reported, the task is killed and the kernel and the other tasks go on. Its frame was above
    /// the stack and its memory is released by its joiner as for any exit. A task that overflows
    /// while holding a spin lock leaves shared state half-changed, so that stops the kernel instead.
    /// </summary>
    internal static unsafe class TaskFaults
    {
        /// <summary>Callers shown in an overflow report (an overflow is usually a deep recursion: the top tells).</summary>
        private const int ReportedFrames = 8;

        /// <summary>True when <paramref name="frame"/>'s fault is its task's stack overflow; the task is then reported and dead.</summary>
        public static bool TryKillOnStackOverflow(HartMeta hart, TrapFrame* frame, Scause cause)
        {
            KernelTask? task = hart.Current;
            if (task == null || frame != task.Frame || !TrapCauses.IsPageFault(cause)) return false;
            if (TaskStacks.SlotOfGuard(frame->Stval) != task.Stack.Slot) return false;
            if (InterruptMask.Depth != 0) KernelPanic.Halt("stack overflow of task '", task.Name, "' while it held a spin lock");

            var line = KernelLog.Begin(stackalloc byte[KernelLog.LineBytes]);
            line.Append("task '"u8);
            line.Append(task.Name);
            line.Append("' (id "u8);
            line.AppendDecimal((ulong)task.Id);
            line.Append(") overflowed its stack: guard page "u8);
            line.AppendHex(task.Stack.GuardPage);
            line.Append(" hit at sepc "u8);
            line.AppendHex(frame->Sepc);
            line.Append("; task killed, the kernel goes on"u8);
            KernelLog.Emit(ref line);
            Backtrace.Log(frame->Sepc, frame->S0, frame->Ra, ReportedFrames);
            task.MarkKilled();
            return true;
        }
    }
}
