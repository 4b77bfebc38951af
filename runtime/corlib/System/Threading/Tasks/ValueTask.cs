using System.Runtime.CompilerServices;

namespace System.Threading.Tasks
{
    /// <summary>
    /// A task that is either already complete (no allocation) or wraps a <see cref="Task"/>.
    /// IValueTaskSource-backed instances are not supported.
    /// </summary>
    [AsyncMethodBuilder(typeof(AsyncValueTaskMethodBuilder))]
    public readonly struct ValueTask : IEquatable<ValueTask>
    {
        private readonly Task? _task;

        public ValueTask(Task task)
        {
            if (task == null) ThrowHelper.ThrowArgumentNullException(nameof(task));
            _task = task;
        }

        public static ValueTask CompletedTask => default;

        public static ValueTask<TResult> FromResult<TResult>(TResult result) => new ValueTask<TResult>(result);

        public static ValueTask FromException(Exception exception) => new ValueTask(Task.FromException(exception));

        public bool IsCompleted => _task == null || _task.IsCompleted;
        public bool IsCompletedSuccessfully => _task == null || _task.IsCompletedSuccessfully;
        public bool IsFaulted => _task != null && _task.IsFaulted;
        public bool IsCanceled => _task != null && _task.IsCanceled;

        public Task AsTask() => _task ?? Task.CompletedTask;

        public ValueTaskAwaiter GetAwaiter() => new ValueTaskAwaiter(_task);

        public ValueTaskAwaiter ConfigureAwait(bool continueOnCapturedContext) => new ValueTaskAwaiter(_task);

        public override bool Equals(object? obj) => obj is ValueTask other && Equals(other);
        public bool Equals(ValueTask other) => ReferenceEquals(_task, other._task);
        public override int GetHashCode() => _task?.GetHashCode() ?? 0;
        public static bool operator ==(ValueTask left, ValueTask right) => left.Equals(right);
        public static bool operator !=(ValueTask left, ValueTask right) => !left.Equals(right);
    }

    /// <summary>A result available now (no allocation) or later through a <see cref="Task{TResult}"/>.</summary>
    [AsyncMethodBuilder(typeof(AsyncValueTaskMethodBuilder<>))]
    public readonly struct ValueTask<TResult> : IEquatable<ValueTask<TResult>>
    {
        private readonly Task<TResult>? _task;
        private readonly TResult _result;

        public ValueTask(TResult result)
        {
            _task = null;
            _result = result;
        }

        public ValueTask(Task<TResult> task)
        {
            if (task == null) ThrowHelper.ThrowArgumentNullException(nameof(task));
            _task = task;
            _result = default!;
        }

        public bool IsCompleted => _task == null || _task.IsCompleted;
        public bool IsCompletedSuccessfully => _task == null || _task.IsCompletedSuccessfully;
        public bool IsFaulted => _task != null && _task.IsFaulted;
        public bool IsCanceled => _task != null && _task.IsCanceled;

        public TResult Result => _task == null ? _result : _task.Result;

        public Task<TResult> AsTask() => _task ?? Task.FromResult(_result);

        public ValueTaskAwaiter<TResult> GetAwaiter() => new ValueTaskAwaiter<TResult>(_task, _result);

        public ValueTaskAwaiter<TResult> ConfigureAwait(bool continueOnCapturedContext) => GetAwaiter();

        public override bool Equals(object? obj) => obj is ValueTask<TResult> other && Equals(other);

        public bool Equals(ValueTask<TResult> other) =>
            _task != null || other._task != null ? ReferenceEquals(_task, other._task) : System.Collections.Generic.EqualityComparer<TResult>.Default.Equals(_result, other._result);

        public override int GetHashCode() => _task?.GetHashCode() ?? _result?.GetHashCode() ?? 0;
        public static bool operator ==(ValueTask<TResult> left, ValueTask<TResult> right) => left.Equals(right);
        public static bool operator !=(ValueTask<TResult> left, ValueTask<TResult> right) => !left.Equals(right);

        public override string? ToString() => IsCompletedSuccessfully ? Result?.ToString() ?? "" : "";
    }
}

namespace System.Runtime.CompilerServices
{
    using System.Threading.Tasks;

    public readonly struct ValueTaskAwaiter : ICriticalNotifyCompletion
    {
        private readonly Task? _task;

        internal ValueTaskAwaiter(Task? task) { _task = task; }

        public bool IsCompleted => _task == null || _task.IsCompleted;
        public void OnCompleted(Action continuation) => (_task ?? Task.CompletedTask).AddContinuation(continuation);
        public void UnsafeOnCompleted(Action continuation) => (_task ?? Task.CompletedTask).AddContinuation(continuation);
        public void GetResult() => _task?.ThrowIfFaultedOrCanceled(aggregate: false);
    }

    public readonly struct ValueTaskAwaiter<TResult> : ICriticalNotifyCompletion
    {
        private readonly Task<TResult>? _task;
        private readonly TResult _result;

        internal ValueTaskAwaiter(Task<TResult>? task, TResult result)
        {
            _task = task;
            _result = result;
        }

        public bool IsCompleted => _task == null || _task.IsCompleted;
        public void OnCompleted(Action continuation) => (_task ?? (Task)Task.CompletedTask).AddContinuation(continuation);
        public void UnsafeOnCompleted(Action continuation) => (_task ?? (Task)Task.CompletedTask).AddContinuation(continuation);

        public TResult GetResult()
        {
            if (_task == null) return _result;
            _task.ThrowIfFaultedOrCanceled(aggregate: false);
            return _task.ResultCore;
        }
    }

    /// <summary>Builds async ValueTask methods: a Task is created only if the method awaits something unfinished.</summary>
    public struct AsyncValueTaskMethodBuilder
    {
        private AsyncTaskMethodBuilder _builder;
        private bool _awaited;

        public static AsyncValueTaskMethodBuilder Create() => default;

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine => stateMachine.MoveNext();

        public void SetStateMachine(IAsyncStateMachine stateMachine) => _builder.SetStateMachine(stateMachine);

        public ValueTask Task => _awaited ? new ValueTask(_builder.Task) : default;

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            _awaited = true;
            _builder.AwaitOnCompleted(ref awaiter, ref stateMachine);
        }

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            _awaited = true;
            _builder.AwaitUnsafeOnCompleted(ref awaiter, ref stateMachine);
        }

        public void SetResult()
        {
            if (_awaited) _builder.SetResult();
        }

        public void SetException(Exception exception)
        {
            _awaited = true;
            _builder.SetException(exception);
        }
    }

    public struct AsyncValueTaskMethodBuilder<TResult>
    {
        private AsyncTaskMethodBuilder<TResult> _builder;
        private bool _awaited;
        private TResult _result;

        public static AsyncValueTaskMethodBuilder<TResult> Create() => default;

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine => stateMachine.MoveNext();

        public void SetStateMachine(IAsyncStateMachine stateMachine) => _builder.SetStateMachine(stateMachine);

        public ValueTask<TResult> Task => _awaited ? new ValueTask<TResult>(_builder.Task) : new ValueTask<TResult>(_result);

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            _awaited = true;
            _builder.AwaitOnCompleted(ref awaiter, ref stateMachine);
        }

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            _awaited = true;
            _builder.AwaitUnsafeOnCompleted(ref awaiter, ref stateMachine);
        }

        public void SetResult(TResult result)
        {
            if (_awaited) _builder.SetResult(result);
            else _result = result;
        }

        public void SetException(Exception exception)
        {
            _awaited = true;
            _builder.SetException(exception);
        }
    }
}
