using System.Threading.Tasks;

namespace System.Runtime.CompilerServices
{
    /// <summary>Awaits a <see cref="Task"/>: continuations run when it completes; GetResult rethrows its exception unwrapped.</summary>
    public readonly struct TaskAwaiter : ICriticalNotifyCompletion
    {
        private readonly Task _task;

        internal TaskAwaiter(Task task) { _task = task; }

        public bool IsCompleted => _task.IsCompleted;
        public void OnCompleted(Action continuation) => _task.AddContinuation(continuation);
        public void UnsafeOnCompleted(Action continuation) => _task.AddContinuation(continuation);
        public void GetResult() => _task.ThrowIfFaultedOrCanceled(aggregate: false);
    }

    public readonly struct TaskAwaiter<TResult> : ICriticalNotifyCompletion
    {
        private readonly Task<TResult> _task;

        internal TaskAwaiter(Task<TResult> task) { _task = task; }

        public bool IsCompleted => _task.IsCompleted;
        public void OnCompleted(Action continuation) => _task.AddContinuation(continuation);
        public void UnsafeOnCompleted(Action continuation) => _task.AddContinuation(continuation);

        public TResult GetResult()
        {
            _task.ThrowIfFaultedOrCanceled(aggregate: false);
            return _task.ResultCore;
        }
    }

    /// <summary>ConfigureAwait(bool): Rivet has no synchronization context, so it awaits like the task itself.</summary>
    public readonly struct ConfiguredTaskAwaitable
    {
        private readonly Task _task;

        internal ConfiguredTaskAwaitable(Task task) { _task = task; }

        public ConfiguredTaskAwaiter GetAwaiter() => new ConfiguredTaskAwaiter(_task);

        public readonly struct ConfiguredTaskAwaiter : ICriticalNotifyCompletion
        {
            private readonly Task _task;

            internal ConfiguredTaskAwaiter(Task task) { _task = task; }

            public bool IsCompleted => _task.IsCompleted;
            public void OnCompleted(Action continuation) => _task.AddContinuation(continuation);
            public void UnsafeOnCompleted(Action continuation) => _task.AddContinuation(continuation);
            public void GetResult() => _task.ThrowIfFaultedOrCanceled(aggregate: false);
        }
    }

    public readonly struct ConfiguredTaskAwaitable<TResult>
    {
        private readonly Task<TResult> _task;

        internal ConfiguredTaskAwaitable(Task<TResult> task) { _task = task; }

        public ConfiguredTaskAwaiter GetAwaiter() => new ConfiguredTaskAwaiter(_task);

        public readonly struct ConfiguredTaskAwaiter : ICriticalNotifyCompletion
        {
            private readonly Task<TResult> _task;

            internal ConfiguredTaskAwaiter(Task<TResult> task) { _task = task; }

            public bool IsCompleted => _task.IsCompleted;
            public void OnCompleted(Action continuation) => _task.AddContinuation(continuation);
            public void UnsafeOnCompleted(Action continuation) => _task.AddContinuation(continuation);

            public TResult GetResult()
            {
                _task.ThrowIfFaultedOrCanceled(aggregate: false);
                return _task.ResultCore;
            }
        }
    }

    /// <summary>Task.Yield(): with no scheduler to yield to, the continuation runs at once.</summary>
    public readonly struct YieldAwaitable
    {
        public YieldAwaiter GetAwaiter() => default;

        public readonly struct YieldAwaiter : ICriticalNotifyCompletion
        {
            public bool IsCompleted => false;
            public void OnCompleted(Action continuation) => continuation();
            public void UnsafeOnCompleted(Action continuation) => continuation();
            public void GetResult() { }
        }
    }
}
