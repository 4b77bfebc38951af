using System.Threading;
using Rivet.Arch.RiscV;
using Rivet.Kernel.Arch.RiscV;
using Rivet.Kernel.Panic;
using Rivet.Kernel.Sync;
using Rivet.Kernel.Time;
using Rivet.Kernel.Traps;

namespace Rivet.Kernel.Tasks
{
    /// <summary>
    /// A kernel thread: its own guarded stack, trap frame and thread-local block (<see cref="TaskStack"/>),
    /// a name and an id. It runs <c>entry(argument)</c> in S-mode with interrupts on, is preempted on
    /// the timer tick and may run on any hart (docs/tasks.md). Every task is joined exactly once:
    /// <see cref="Join"/> returns its exit code and releases its memory, and the object goes back to
    /// a pool for the next <see cref="Spawn"/> (there is no collector), so it must not be used after.
    /// </summary>
    internal sealed unsafe class KernelTask : IWakeable, ITimerWaiter
    {
        /// <summary>The exit code of a task killed because it overflowed its stack.</summary>
        public const int StackOverflowExitCode = -1;

        private static int s_lastId;
        private static int s_live;
        private static SpinLock s_poolLock;
        private static KernelTask? s_pool;

        public int Id { get; private set; }
        public string Name { get; private set; } = "";
        internal TaskStack Stack;
        /// <summary>The link in a run queue (or the pool); owned by whoever holds the task there.</summary>
        internal KernelTask? NextInQueue;

        private int _state;
        /// <summary>Set by <see cref="Park"/> just before it traps: only then may the scheduler park the task.</summary>
        private bool _parkRequested;
        private int _exitCode;
        private SpinLock _joinLock;
        private IWakeable? _joiner;
        private delegate*<nuint, void> _entry;
        private nuint _argument;

        /// <summary>Tasks spawned and not yet joined.</summary>
        public static int LiveCount => Volatile.Read(ref s_live);

        internal TaskState State => (TaskState)Volatile.Read(ref _state);

        internal TrapFrame* Frame => Stack.Frame;

        /// <summary>The task running this code, or null in a hart's boot context (its idle loop).</summary>
        public static KernelTask? Current
        {
            get
            {
                // Masked, so the task cannot move to another hart between finding its hart and reading it.
                InterruptMask.Push();
                KernelTask? task = CurrentHart.Meta?.Current;
                InterruptMask.Pop();
                return task;
            }
        }

        /// <summary>A new task, runnable at once; <paramref name="name"/> is kept (use a literal).</summary>
        public static KernelTask Spawn(string name, delegate*<nuint, void> entry, nuint argument)
        {
            KernelTask task = TakeFromPool() ?? new KernelTask();
            task.Id = Interlocked.Increment(ref s_lastId);
            task.Name = name;
            task._entry = entry;
            task._argument = argument;
            task._exitCode = 0;
            task._joiner = null;
            task.Stack = TaskStacks.Allocate();
            TrapFrame* frame = task.Frame;
            frame->Sepc = (nuint)(delegate*<void>)&Start;
            frame->Sp = task.Stack.InitialStackPointer;
            frame->Gp = AssemblyRoutines.GlobalPointer();
            frame->Tp = (nuint)task.Stack.ThreadLocals;
            frame->Sstatus = FloatingPointState.InitialTaskStatus();
            Volatile.Write(ref task._state, (int)TaskState.Ready);
            Interlocked.Increment(ref s_live);
            Scheduler.MakeRunnable(task);
            return task;
        }

        /// <summary>Ends the calling task with <paramref name="code"/>; returning from the entry is Exit(0).</summary>
        [Blocking]
        public static void Exit(int code)
        {
            KernelTask self = RequireCurrent("exit");
            self._exitCode = code;
            Volatile.Write(ref self._state, (int)TaskState.Exiting);
            Scheduler.Yield();
            KernelPanic.Halt("an exited task was resumed");
        }

        /// <summary>Lets every other ready task of this hart run first (preemption does this on every tick anyway).</summary>
        [Blocking]
        public static void Yield()
        {
            RequireCurrent("yield");
            Scheduler.Yield();
        }

        /// <summary>Sleeps until the time CSR reaches <paramref name="deadline"/> (<see cref="Clock"/>).</summary>
        [Blocking]
        public static void SleepUntil(ulong deadline)
        {
            KernelTask self = RequireCurrent("sleep");
            while (Clock.Now < deadline)
            {
                PrepareToPark();
                // A full timer queue cannot take the wake-up: sleep by yielding instead.
                if (!Ticker.WakeAt(deadline, self)) Volatile.Write(ref self._state, (int)TaskState.Running);
                Park();
            }
        }

        /// <summary>Waits for this task to exit, returns its exit code and releases it (it must not be used after).</summary>
        [Blocking]
        public int Join()
        {
            KernelTask? me = Current;
            if (me == this) KernelPanic.Halt("a task tried to join itself");
            while (State != TaskState.Dead)
            {
                // The boot context is the hart's idle loop: it has nothing to park and just waits.
                if (me == null)
                {
                    Interrupts.WaitForInterrupt();
                    continue;
                }
                using (_joinLock.Lock())
                {
                    if (State == TaskState.Dead) break;
                    _joiner = me;
                    PrepareToPark();
                }
                Park();
            }
            int code = _exitCode;
            TaskStacks.Release(Stack, Id, Name);
            Stack = default;
            _joiner = null;
            Interlocked.Decrement(ref s_live);
            ReturnToPool(this);
            return code;
        }

        /// <summary>
        /// Step one of parking: from here a <see cref="Wake"/> is not lost. Then publish the task to
        /// its waker and call <see cref="Park"/>; a trap in between does not park the task (only
        /// Park does), so the publication cannot be skipped.
        /// </summary>
        public static void PrepareToPark()
        {
            // Usually called with the waker's spin lock held, so no RequireCurrent (it rejects held spin locks).
            KernelTask? self = Current;
            if (self == null) KernelPanic.Halt("only a task can park; this is a hart's boot context");
            Volatile.Write(ref self!._state, (int)TaskState.Parking);
        }

        /// <summary>Step two: returns at once if woken since <see cref="PrepareToPark"/>, else once woken. May return for a stale wake: re-check.</summary>
        [Blocking]
        public static void Park()
        {
            KernelTask self = RequireCurrent("park");
            if (Interlocked.CompareExchange(ref self._state, (int)TaskState.Running, (int)TaskState.Woken) == (int)TaskState.Woken) return;
            Volatile.Write(ref self._parkRequested, true);
            Scheduler.Yield();
        }

        /// <summary>Makes the task runnable if it is parked or parking; otherwise nothing. Any context; never allocates.</summary>
        public void Wake()
        {
            while (true)
            {
                int state = Volatile.Read(ref _state);
                if (state == (int)TaskState.Parking)
                {
                    if (Interlocked.CompareExchange(ref _state, (int)TaskState.Woken, state) == state) return;
                }
                else if (state == (int)TaskState.Parked)
                {
                    if (Interlocked.CompareExchange(ref _state, (int)TaskState.Ready, state) != state) continue;
                    Scheduler.MakeRunnable(this);
                    return;
                }
                else
                {
                    return;
                }
            }
        }

        void ITimerWaiter.Wake(ulong now) => Wake();

        // Scheduler side: only the hart that switches the task in or out calls these (in the trap handler).

        internal void SetRunning() => Volatile.Write(ref _state, (int)TaskState.Running);

        /// <summary>Whether the task trapped from <see cref="Park"/> (and not elsewhere between PrepareToPark and Park); clears the request.</summary>
        internal bool TakeParkRequest()
        {
            bool requested = Volatile.Read(ref _parkRequested);
            Volatile.Write(ref _parkRequested, false);
            return requested;
        }

        internal void SetReady() => Volatile.Write(ref _state, (int)TaskState.Ready);

        /// <summary>Parking → Parked; false when a waker turned it to Woken first (it then keeps running).</summary>
        internal bool TryFinishParking() =>
            Interlocked.CompareExchange(ref _state, (int)TaskState.Parked, (int)TaskState.Parking) == (int)TaskState.Parking;

        /// <summary>The task left its hart for good: nothing can reach its frame or stack now. Wakes its joiner.</summary>
        internal void MarkDead()
        {
            IWakeable? joiner;
            using (_joinLock.Lock())
            {
                Volatile.Write(ref _state, (int)TaskState.Dead);
                joiner = _joiner;
            }
            joiner?.Wake();
        }

        /// <summary>Kills a task that overflowed its stack: its joiner gets <see cref="StackOverflowExitCode"/>.</summary>
        internal void MarkKilled()
        {
            _exitCode = StackOverflowExitCode;
            MarkDead();
        }

        private static void Start()
        {
            KernelTask self = Current!;
            self._entry(self._argument);
            Exit(0);
        }

        private static KernelTask RequireCurrent(string action)
        {
            KernelTask? self = Current;
            if (self == null) KernelPanic.Halt("only a task can ", action, "; this is a hart's boot context");
            // Interrupts must be on: the switch is an interrupt. Off means a spin lock is held (or they were masked by hand).
            if (!Interrupts.AreEnabled) KernelPanic.Halt("a task tried to ", action, " with interrupts masked (in a trap handler, or holding a spin lock)");
            return self!;
        }

        private static KernelTask? TakeFromPool()
        {
            using (s_poolLock.Lock())
            {
                KernelTask? task = s_pool;
                if (task != null) s_pool = task.NextInQueue;
                return task;
            }
        }

        private static void ReturnToPool(KernelTask task)
        {
            using (s_poolLock.Lock())
            {
                task.NextInQueue = s_pool;
                s_pool = task;
            }
        }
    }
}
