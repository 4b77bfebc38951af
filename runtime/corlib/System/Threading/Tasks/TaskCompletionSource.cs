namespace System.Threading.Tasks
{
    /// <summary>The producer side of a <see cref="Task{TResult}"/>: drivers and executors complete it; awaiting code resumes at once.</summary>
    public class TaskCompletionSource<TResult>
    {
        public TaskCompletionSource() { Task = new Task<TResult>(); }

        public TaskCompletionSource(object? state) : this() { }

        public Task<TResult> Task { get; }

        public void SetResult(TResult result)
        {
            if (!TrySetResult(result)) ThrowAlreadyCompleted();
        }

        public void SetException(Exception exception)
        {
            if (!TrySetException(exception)) ThrowAlreadyCompleted();
        }

        public void SetCanceled()
        {
            if (!TrySetCanceled()) ThrowAlreadyCompleted();
        }

        public bool TrySetResult(TResult result) => Task.TrySetResult(result);

        public bool TrySetException(Exception exception)
        {
            if (exception == null) ThrowHelper.ThrowArgumentNullException(nameof(exception));
            return Task.TrySetException(exception);
        }

        public bool TrySetCanceled() => Task.TrySetCanceled();

        private static void ThrowAlreadyCompleted() =>
            throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
    }

    /// <summary>The non-generic TaskCompletionSource (.NET 5+).</summary>
    public class TaskCompletionSource
    {
        private readonly Task<VoidTaskResult> _task = new Task<VoidTaskResult>();

        public Task Task => _task;

        public void SetResult()
        {
            if (!TrySetResult()) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }

        public void SetException(Exception exception)
        {
            if (!TrySetException(exception)) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }

        public bool TrySetResult() => _task.TrySetResult(default);
        public bool TrySetException(Exception exception) => _task.TrySetException(exception);
        public bool TrySetCanceled() => _task.TrySetCanceled();
    }

    /// <summary>The result type of tasks that have none.</summary>
    internal struct VoidTaskResult { }

    public class TaskCanceledException : OperationCanceledException
    {
        public TaskCanceledException() : base("A task was canceled.") { }
        public TaskCanceledException(string? message) : base(message) { }
        public TaskCanceledException(string? message, Exception? innerException) : base(message, innerException) { }
    }
}
