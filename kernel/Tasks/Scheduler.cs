using Rivet.Arch.RiscV;
using Rivet.Kernel.DeviceTree;
using Rivet.Kernel.Startup;
using Rivet.Kernel.Sync;
using Rivet.Kernel.Traps;

namespace Rivet.Kernel.Tasks
{
    /// <summary>
    /// Preemptive round-robin over per-hart run queues with work stealing (docs/tasks.md). All
    /// switching happens in the trap handler, on the hart's trap stack: <see cref="Schedule"/> gets
    /// the frame of the context that trapped and returns the frame to resume, and the trap vector
    /// makes that frame live (sscratch) before restoring it. A hart with no ready task resumes its
    /// boot context, which is its idle loop (wfi). Tasks enter the handler by a timer tick
    /// (preemption), by an interrupt, or on purpose by raising their own supervisor software
    /// interrupt (<see cref="Yield"/>): one path for every switch.
    /// </summary>
    internal static unsafe class Scheduler
    {
        /// <summary>
        /// Chooses what this hart runs next. <paramref name="preempt"/>: the trap was a tick or a
        /// yield, so the running task goes to the back of the queue if another is ready.
        /// </summary>
        public static TrapFrame* Schedule(HartMeta hart, TrapFrame* frame, bool preempt)
        {
            KernelTask? current = hart.Current;
            if (current == null) return SwitchTo(hart, TakeNext(hart));
            bool parkRequested = current.TakeParkRequest();
            switch (current.State)
            {
                case TaskState.Parking when parkRequested:
                    if (current.TryFinishParking()) return SwitchTo(hart, TakeNext(hart));
                    // Woken before it could park: it runs on.
                    current.SetRunning();
                    return frame;
                case TaskState.Woken:
                    current.SetRunning();
                    return frame;
                case TaskState.Exiting:
                    current.MarkDead();
                    return SwitchTo(hart, TakeNext(hart));
                default:
                    // Running, or Parking but trapped before it reached Park: it may not have
                    // published itself to its waker yet, so only Park parks it. Preempted, it waits
                    // its turn as Ready, and its Park then returns at once for it to re-check.
                    if (!preempt) return frame;
                    KernelTask? next = TakeNext(hart);
                    if (next == null) return frame;
                    current.SetReady();
                    hart.Queue.Enqueue(current);
                    return SwitchTo(hart, next);
            }
        }

        /// <summary>The running task died in a fault (<see cref="TaskFaults"/>): run something else.</summary>
        public static TrapFrame* AfterKill(HartMeta hart) => SwitchTo(hart, TakeNext(hart));

        /// <summary>Queues a ready task on the calling hart and wakes an idle hart to take it. Any context; never allocates.</summary>
        public static void MakeRunnable(KernelTask task)
        {
            // Masked, so the caller stays on the hart whose queue and idle state it looks at.
            InterruptMask.Push();
            HartMeta hart = CurrentHart.Meta!;
            hart.Queue.Enqueue(task);
            KickIdleHart(hart);
            InterruptMask.Pop();
        }

        /// <summary>Traps into <see cref="Schedule"/> through this hart's own software interrupt; returns when the task runs again.</summary>
        public static void Yield()
        {
            Sip.SetSsip();
            // The interrupt is taken here (interrupts are on: RequireCurrent checked no spin lock is held).
        }

        private static TrapFrame* SwitchTo(HartMeta hart, KernelTask? next)
        {
            if (next != hart.Current) System.Threading.Volatile.Write(ref hart.Switches, hart.Switches + 1);
            if (next == null)
            {
                hart.Current = null;
                return hart.BootFrame;
            }
            hart.Current = next;
            next.SetRunning();
            TrapFrame* resumed = next.Frame;
            // Traps taken while the task runs go to this hart's trap stack and thread-local block and name this hart.
            resumed->KernelSp = hart.TrapStack.Top;
            resumed->KernelTp = (nuint)hart.TrapThreadLocals;
            resumed->HartMeta = (nuint)hart.Index;
            return resumed;
        }

        private static KernelTask? TakeNext(HartMeta hart)
        {
            KernelTask? task = hart.Queue.TryDequeue();
            if (task != null) return task;
            int count = Devices.Description.HartCount;
            for (int i = 1; i < count; i++)
            {
                HartMeta? other = HartMeta.ForIndex((hart.Index + i) % count);
                task = other?.Queue.TryDequeue();
                if (task != null) return task;
            }
            return null;
        }

        /// <summary>
        /// An idle hart sleeps in wfi: an IPI (supervisor software interrupt) brings it into the
        /// handler, where it steals the task. On the calling hart itself the pending interrupt is
        /// taken as soon as interrupts are on. No wake-up is lost: the interrupt stays pending
        /// until taken, and a hart checks its queue on every trap.
        /// </summary>
        private static void KickIdleHart(HartMeta self)
        {
            if (self.Current == null)
            {
                Sip.SetSsip();
                return;
            }
            int count = Devices.Description.HartCount;
            for (int i = 1; i < count; i++)
            {
                HartMeta? other = HartMeta.ForIndex((self.Index + i) % count);
                if (other != null && other.IsActive && other.Current == null)
                {
                    Platform.SendIpi(other.HartId);
                    return;
                }
            }
        }
    }
}
