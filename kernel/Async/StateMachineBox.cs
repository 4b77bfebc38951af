using System;
using System.Runtime.CompilerServices;
using Rivet.Kernel.Tasks;

namespace Rivet.Kernel.Async
{
    /// <summary>
    /// The heap home of one running <c>async Future</c> method: the job the executor resumes and
    /// the source of the future the method returned. Boxes are pooled per state-machine type
    /// (<see cref="StateMachineBox{TStateMachine, T}"/>), as .NET's PoolingAsyncValueTaskMethodBuilder
    /// pools them, and go back to the pool when the method's result is taken.
    /// </summary>
    internal abstract class FutureBox<T> : Job, IFutureSource<T>
    {
        private FutureCore<T> _core;

        public int Version => _core.Version;

        public void SetResult(T result) => _core.TrySetResult(result);

        public void SetException(Exception error) => _core.TrySetException(error);

        public bool IsCompleted(int token) => _core.IsCompleted(token);

        public void OnCompleted(IWakeable waker, int token) => _core.OnCompleted(waker, token);

        public T GetResult(int token)
        {
            T result = _core.TakeResult(token, out Exception? error);
            ReturnToPool();
            if (error != null) throw error;
            return result;
        }

        void IFutureSource.GetResult(int token) => GetResult(token);

        protected abstract void ReturnToPool();
    }

    /// <summary>A <see cref="FutureBox{T}"/> holding a <typeparamref name="TStateMachine"/>, with that type's pool.</summary>
    internal sealed class StateMachineBox<TStateMachine, T> : FutureBox<T>, IPooled<StateMachineBox<TStateMachine, T>>
        where TStateMachine : IAsyncStateMachine
    {
        private static Pool<StateMachineBox<TStateMachine, T>> s_pool;

        public TStateMachine StateMachine = default!;

        public StateMachineBox<TStateMachine, T>? NextFree { get; set; }

        public static StateMachineBox<TStateMachine, T> Rent() => s_pool.Rent() ?? new StateMachineBox<TStateMachine, T>();

        protected override void Resume() => StateMachine.MoveNext();

        protected override void ReturnToPool()
        {
            StateMachine = default!;
            s_pool.Return(this);
        }
    }
}
