using System;
using System.Threading;
using Rivet.Kernel.Tasks;

namespace Rivet.Kernel.Async
{
    /// <summary>
    /// The state every future source keeps (the role of .NET's ManualResetValueTaskSourceCore):
    /// result or exception, the one waker to wake on completion, and the version that names the current operation.
    /// Completion may run in any context, interrupt handlers included: it never allocates, blocks
    /// or takes a lock. Taking the result ends the operation: the version moves on, so a second
    /// await of the same future is an <see cref="InvalidOperationException"/>, never a silent reuse.
    /// </summary>
    internal struct FutureCore<T>
    {
        private const int Pending = 0, Awaited = 1, Completed = 2;

        /// <summary>Pending → Awaited (a waker is registered) → Completed, or Pending → Completed.</summary>
        private int _state;
        /// <summary>1 once some completer won the right to complete this operation.</summary>
        private int _claimed;
        private int _version;
        private T _result;
        private Exception? _error;
        private IWakeable? _waker;

        public int Version => Volatile.Read(ref _version);

        public bool IsCompleted(int token)
        {
            Validate(token);
            return Volatile.Read(ref _state) == Completed;
        }

        /// <summary>
        /// Claims the one waker slot (a second awaiter throws, the first one stays registered), then
        /// publishes it to <see cref="Signal"/> by the state's compare-and-swap; if the operation
        /// completed first, the waker is woken here.
        /// </summary>
        public void OnCompleted(IWakeable waker, int token)
        {
            Validate(token);
            if (Interlocked.CompareExchange(ref _waker, waker, null) != null) throw new InvalidOperationException("a future was awaited twice at once");
            if (Interlocked.CompareExchange(ref _state, Awaited, Pending) == Completed) waker.Wake();
        }

        /// <summary>False when the operation was already completed. Any context.</summary>
        public bool TrySetResult(T result)
        {
            if (Interlocked.CompareExchange(ref _claimed, 1, 0) != 0) return false;
            _result = result;
            Signal();
            return true;
        }

        /// <summary>False when the operation was already completed.</summary>
        public bool TrySetException(Exception error)
        {
            if (Interlocked.CompareExchange(ref _claimed, 1, 0) != 0) return false;
            _error = error;
            Signal();
            return true;
        }

        /// <summary>The outcome of a completed operation (rethrowing its exception); the core is then pending again, under a new version.</summary>
        public T GetResult(int token)
        {
            T result = TakeResult(token, out Exception? error);
            if (error != null) throw error;
            return result;
        }

        /// <summary>
        /// <see cref="GetResult"/> without the throw, for owners that recycle the source before
        /// rethrowing. A stale token or an unfinished operation throws before anything changes.
        /// </summary>
        public T TakeResult(int token, out Exception? error)
        {
            Validate(token);
            if (Volatile.Read(ref _state) != Completed) throw new InvalidOperationException("the future's result was taken before it completed");
            T result = _result;
            error = _error;
            _result = default!;
            _error = null;
            _waker = null;
            _claimed = 0;
            Volatile.Write(ref _state, Pending);
            Interlocked.Increment(ref _version);
            return result;
        }

        private void Validate(int token)
        {
            if (token != Volatile.Read(ref _version)) throw new InvalidOperationException("a future was awaited after its result had been taken");
        }

        private void Signal()
        {
            if (Interlocked.Exchange(ref _state, Completed) == Awaited) _waker!.Wake();
        }
    }
}
