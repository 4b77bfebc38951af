using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System.Threading.Tasks
{
    /// <summary>
    /// A minimal, thread-free Task. A task is completed exactly once (result, exception or
    /// cancellation) by its async method builder or a <see cref="TaskCompletionSource{TResult}"/>;
    /// completion runs the registered continuations at once, on the completing caller's stack.
    /// Nothing blocks: <see cref="Wait()"/> and <c>Result</c> on an unfinished task throw
    /// InvalidOperationException, because Rivet has no other thread that could finish it.
    /// Task.Run runs its delegate synchronously for the same reason.
    /// </summary>
    public class Task : IAsyncResult
    {
        private static Task? s_completedTask;

        private TaskStatus _status;
        private Exception? _exception;
        private Action? _continuations;

        internal Task() { _status = TaskStatus.WaitingForActivation; }

        private Task(TaskStatus status) { _status = status; }

        public static Task CompletedTask => s_completedTask ??= new Task(TaskStatus.RanToCompletion);

        public TaskStatus Status => _status;
        public bool IsCompleted => _status >= TaskStatus.RanToCompletion;
        public bool IsCompletedSuccessfully => _status == TaskStatus.RanToCompletion;
        public bool IsFaulted => _status == TaskStatus.Faulted;
        public bool IsCanceled => _status == TaskStatus.Canceled;
        public AggregateException? Exception => _exception == null ? null : new AggregateException(_exception);
        bool IAsyncResult.CompletedSynchronously => false;
        object? IAsyncResult.AsyncState => null;

        public static Task FromException(Exception exception)
        {
            var task = new Task();
            task.TrySetException(exception);
            return task;
        }

        public static Task<TResult> FromResult<TResult>(TResult result)
        {
            var task = new Task<TResult>();
            task.TrySetResult(result);
            return task;
        }

        public static Task<TResult> FromException<TResult>(Exception exception)
        {
            var task = new Task<TResult>();
            task.TrySetException(exception);
            return task;
        }

        public static Task FromCanceled(CancellationToken cancellationToken)
        {
            var task = new Task();
            task.TrySetCanceled();
            return task;
        }

        /// <summary>Runs <paramref name="action"/> now (no thread pool) and returns its completed task.</summary>
        public static Task Run(Action action)
        {
            if (action == null) ThrowHelper.ThrowArgumentNullException(nameof(action));
            var task = new Task();
            try
            {
                action();
                task.TrySetResult();
            }
            catch (Exception e)
            {
                task.TrySetException(e);
            }
            return task;
        }

        public static Task<TResult> Run<TResult>(Func<TResult> function)
        {
            if (function == null) ThrowHelper.ThrowArgumentNullException(nameof(function));
            var task = new Task<TResult>();
            try
            {
                task.TrySetResult(function());
            }
            catch (Exception e)
            {
                task.TrySetException(e);
            }
            return task;
        }

        public static Task Run(Func<Task> function)
        {
            if (function == null) ThrowHelper.ThrowArgumentNullException(nameof(function));
            try
            {
                return function();
            }
            catch (Exception e)
            {
                return FromException(e);
            }
        }

        public static Task<TResult> Run<TResult>(Func<Task<TResult>> function)
        {
            if (function == null) ThrowHelper.ThrowArgumentNullException(nameof(function));
            try
            {
                return function();
            }
            catch (Exception e)
            {
                return FromException<TResult>(e);
            }
        }

        /// <summary>A task that completes when all of <paramref name="tasks"/> have; faults with the first fault.</summary>
        public static Task WhenAll(params Task[] tasks)
        {
            if (tasks == null) ThrowHelper.ThrowArgumentNullException(nameof(tasks));
            var all = new Task();
            int remaining = tasks.Length;
            if (remaining == 0)
            {
                all.TrySetResult();
                return all;
            }
            foreach (Task task in tasks)
            {
                task.AddContinuation(() =>
                {
                    if (--remaining != 0) return;
                    foreach (Task t in tasks)
                    {
                        if (t._exception != null)
                        {
                            all.TrySetException(t._exception);
                            return;
                        }
                    }
                    foreach (Task t in tasks)
                    {
                        if (t.IsCanceled)
                        {
                            all.TrySetCanceled();
                            return;
                        }
                    }
                    all.TrySetResult();
                });
            }
            return all;
        }

        public static Task WhenAll(IEnumerable<Task> tasks) => WhenAll(new List<Task>(tasks).ToArray());

        public static Task<TResult[]> WhenAll<TResult>(params Task<TResult>[] tasks)
        {
            if (tasks == null) ThrowHelper.ThrowArgumentNullException(nameof(tasks));
            var all = new Task<TResult[]>();
            WhenAll((Task[])tasks).AddContinuation(() =>
            {
                foreach (Task<TResult> t in tasks)
                {
                    if (t._exception != null)
                    {
                        all.TrySetException(t._exception);
                        return;
                    }
                    if (t.IsCanceled)
                    {
                        all.TrySetCanceled();
                        return;
                    }
                }
                var results = new TResult[tasks.Length];
                for (int i = 0; i < tasks.Length; i++) results[i] = tasks[i].ResultCore;
                all.TrySetResult(results);
            });
            return all;
        }

        /// <summary>A task that completes with the first of <paramref name="tasks"/> to complete.</summary>
        public static Task<Task> WhenAny(params Task[] tasks)
        {
            if (tasks == null) ThrowHelper.ThrowArgumentNullException(nameof(tasks));
            if (tasks.Length == 0) throw new ArgumentException("The tasks argument contains no tasks.", nameof(tasks));
            var any = new Task<Task>();
            foreach (Task task in tasks) task.AddContinuation(() => any.TrySetResult(task));
            return any;
        }

        public static YieldAwaitable Yield() => default;

        /// <summary>Throws the task's exception if it faulted; throws InvalidOperationException if it has not finished (nothing can finish it while we wait).</summary>
        public void Wait()
        {
            if (!IsCompleted) throw new InvalidOperationException("The task has not completed and Rivet cannot block a thread to wait for it.");
            ThrowIfFaultedOrCanceled(aggregate: true);
        }

        internal void ThrowIfFaultedOrCanceled(bool aggregate)
        {
            if (!IsCompleted) throw new InvalidOperationException("The task has not completed and Rivet cannot block a thread to wait for it.");
            if (_exception != null)
            {
                if (aggregate) throw new AggregateException(_exception);
                throw _exception;
            }
            if (_status == TaskStatus.Canceled)
            {
                var canceled = new TaskCanceledException();
                if (aggregate) throw new AggregateException(canceled);
                throw canceled;
            }
        }

        public TaskAwaiter GetAwaiter() => new TaskAwaiter(this);

        public ConfiguredTaskAwaitable ConfigureAwait(bool continueOnCapturedContext) => new ConfiguredTaskAwaitable(this);

        public Task ContinueWith(Action<Task> continuationAction)
        {
            if (continuationAction == null) ThrowHelper.ThrowArgumentNullException(nameof(continuationAction));
            var next = new Task();
            AddContinuation(() =>
            {
                try
                {
                    continuationAction(this);
                    next.TrySetResult();
                }
                catch (Exception e)
                {
                    next.TrySetException(e);
                }
            });
            return next;
        }

        /// <summary>Runs <paramref name="continuation"/> when the task completes: now if it already has.</summary>
        internal void AddContinuation(Action continuation)
        {
            if (IsCompleted) continuation();
            else _continuations += continuation;
        }

        internal bool TrySetResult() => TryComplete(TaskStatus.RanToCompletion, null);
        internal bool TrySetException(Exception exception) => TryComplete(TaskStatus.Faulted, exception);
        internal bool TrySetCanceled() => TryComplete(TaskStatus.Canceled, null);

        private protected bool TryComplete(TaskStatus status, Exception? exception)
        {
            if (IsCompleted) return false;
            _exception = exception;
            _status = status;
            Action? continuations = _continuations;
            _continuations = null;
            continuations?.Invoke();
            return true;
        }
    }

    /// <summary>A task with a result (see <see cref="Task"/>).</summary>
    public class Task<TResult> : Task
    {
        private TResult _result = default!;

        internal Task() { }

        /// <summary>The result; throws the exception (wrapped in AggregateException) if the task faulted.</summary>
        public TResult Result
        {
            get
            {
                ThrowIfFaultedOrCanceled(aggregate: true);
                return _result;
            }
        }

        internal TResult ResultCore => _result;

        public new TaskAwaiter<TResult> GetAwaiter() => new TaskAwaiter<TResult>(this);

        public new ConfiguredTaskAwaitable<TResult> ConfigureAwait(bool continueOnCapturedContext) => new ConfiguredTaskAwaitable<TResult>(this);

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction)
        {
            if (continuationFunction == null) ThrowHelper.ThrowArgumentNullException(nameof(continuationFunction));
            var next = new Task<TNewResult>();
            AddContinuation(() =>
            {
                try
                {
                    next.TrySetResult(continuationFunction(this));
                }
                catch (Exception e)
                {
                    next.TrySetException(e);
                }
            });
            return next;
        }

        internal bool TrySetResult(TResult result)
        {
            if (IsCompleted) return false;
            _result = result;
            return TryComplete(TaskStatus.RanToCompletion, null);
        }
    }
}
