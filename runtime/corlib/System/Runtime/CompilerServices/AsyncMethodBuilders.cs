using System.Threading.Tasks;

namespace System.Runtime.CompilerServices
{
    /// <summary>
    /// Boxes an async method's state machine once, at its first real await, and resumes it from
    /// there. The box records itself in its own builder (SetStateMachine) so later awaits reuse it.
    /// </summary>
    internal static class AsyncStateMachineBoxing
    {
        public static IAsyncStateMachine GetOrCreateBox<TStateMachine>(ref IAsyncStateMachine? box, ref TStateMachine stateMachine)
            where TStateMachine : IAsyncStateMachine
        {
            if (box != null) return box;
            IAsyncStateMachine boxed = stateMachine;
            box = boxed;
            boxed.SetStateMachine(boxed);
            return boxed;
        }
    }

    /// <summary>Builds the Task of an async Task method (no threads; see <see cref="Task"/>).</summary>
    public struct AsyncTaskMethodBuilder
    {
        private Task? _task;
        private IAsyncStateMachine? _box;

        public static AsyncTaskMethodBuilder Create() => default;

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine => stateMachine.MoveNext();

        public void SetStateMachine(IAsyncStateMachine stateMachine) => _box = stateMachine;

        /// <summary>Created before the state machine is boxed, so the caller's copy and the box share it.</summary>
        public Task Task => _task ??= new Task();

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            _ = Task;
            IAsyncStateMachine box = AsyncStateMachineBoxing.GetOrCreateBox(ref _box, ref stateMachine);
            awaiter.OnCompleted(box.MoveNext);
        }

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            _ = Task;
            IAsyncStateMachine box = AsyncStateMachineBoxing.GetOrCreateBox(ref _box, ref stateMachine);
            awaiter.UnsafeOnCompleted(box.MoveNext);
        }

        public void SetResult()
        {
            if (_task == null) _task = Task.CompletedTask;
            else _task.TrySetResult();
        }

        public void SetException(Exception exception)
        {
            if (exception is OperationCanceledException) Task.TrySetCanceled();
            else Task.TrySetException(exception);
        }
    }

    /// <summary>Builds the Task&lt;TResult&gt; of an async method.</summary>
    public struct AsyncTaskMethodBuilder<TResult>
    {
        private Task<TResult>? _task;
        private IAsyncStateMachine? _box;

        public static AsyncTaskMethodBuilder<TResult> Create() => default;

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine => stateMachine.MoveNext();

        public void SetStateMachine(IAsyncStateMachine stateMachine) => _box = stateMachine;

        public Task<TResult> Task => _task ??= new Task<TResult>();

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            _ = Task;
            IAsyncStateMachine box = AsyncStateMachineBoxing.GetOrCreateBox(ref _box, ref stateMachine);
            awaiter.OnCompleted(box.MoveNext);
        }

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            _ = Task;
            IAsyncStateMachine box = AsyncStateMachineBoxing.GetOrCreateBox(ref _box, ref stateMachine);
            awaiter.UnsafeOnCompleted(box.MoveNext);
        }

        public void SetResult(TResult result) => Task.TrySetResult(result);

        public void SetException(Exception exception)
        {
            if (exception is OperationCanceledException) Task.TrySetCanceled();
            else Task.TrySetException(exception);
        }
    }

    /// <summary>Builds async void methods: an exception escaping one is rethrown where it surfaced (there is no context to post it to).</summary>
    public struct AsyncVoidMethodBuilder
    {
        private IAsyncStateMachine? _box;

        public static AsyncVoidMethodBuilder Create() => default;

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine => stateMachine.MoveNext();

        public void SetStateMachine(IAsyncStateMachine stateMachine) => _box = stateMachine;

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            IAsyncStateMachine box = AsyncStateMachineBoxing.GetOrCreateBox(ref _box, ref stateMachine);
            awaiter.OnCompleted(box.MoveNext);
        }

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            IAsyncStateMachine box = AsyncStateMachineBoxing.GetOrCreateBox(ref _box, ref stateMachine);
            awaiter.UnsafeOnCompleted(box.MoveNext);
        }

        public void SetResult() { }

        public void SetException(Exception exception) => throw exception;
    }
}
