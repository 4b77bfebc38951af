using System;
using System.Runtime.CompilerServices;

namespace Rivet.Kernel.Async
{
    /// <summary>
    /// Builds <c>async Future&lt;T&gt;</c> methods (C# spec, "task-type builder pattern"). Start rents
    /// a box for the state machine, copies the machine into it and runs its first part on the
    /// caller; every await hands the awaiter the box's wake, so the method resumes as a job on the
    /// <see cref="Executor"/>. No allocation once the box pool of the method has warmed up.
    /// </summary>
    internal struct FutureMethodBuilder<T>
    {
        private FutureBox<T>? _box;

        public static FutureMethodBuilder<T> Create() => default;

        /// <summary>
        /// <c>this</c> is the builder inside the caller's copy of the state machine: setting
        /// <see cref="_box"/> first puts the box in both that copy (whose <see cref="Task"/> the
        /// caller reads) and the box's own copy.
        /// </summary>
        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            StateMachineBox<TStateMachine, T> box = StateMachineBox<TStateMachine, T>.Rent();
            _box = box;
            box.StateMachine = stateMachine;
            box.StateMachine.MoveNext();
        }

        public Future<T> Task => new Future<T>(_box!, _box!.Version);

        /// <summary>Unused: the box exists before the first await.</summary>
        public void SetStateMachine(IAsyncStateMachine stateMachine)
        {
        }

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
            => awaiter.OnCompleted(_box!.WakeAction);

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
            => awaiter.UnsafeOnCompleted(_box!.WakeAction);

        public void SetResult(T result) => _box!.SetResult(result);

        public void SetException(Exception exception) => _box!.SetException(exception);
    }

    /// <summary>Builds <c>async Future</c> methods: a <see cref="FutureMethodBuilder{T}"/> whose result is ignored.</summary>
    internal struct FutureMethodBuilder
    {
        private FutureMethodBuilder<bool> _inner;

        public static FutureMethodBuilder Create() => default;

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine =>
            _inner.Start(ref stateMachine);

        public Future Task => _inner.Task;

        public void SetStateMachine(IAsyncStateMachine stateMachine)
        {
        }

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
            => _inner.AwaitOnCompleted(ref awaiter, ref stateMachine);

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
            => _inner.AwaitUnsafeOnCompleted(ref awaiter, ref stateMachine);

        public void SetResult() => _inner.SetResult(true);

        public void SetException(Exception exception) => _inner.SetException(exception);
    }
}
