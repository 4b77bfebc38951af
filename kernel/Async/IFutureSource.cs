using System;
using Rivet.Kernel.Tasks;

namespace Rivet.Kernel.Async
{
    /// <summary>
    /// What a <see cref="Future"/> stands for: one operation, named by the <paramref name="token"/>
    /// (its version) the future carries, so a source can be reused for the next operation once the
    /// result of this one was taken. Every member throws <see cref="InvalidOperationException"/>
    /// for a stale token (a future awaited a second time). The shape of .NET's IValueTaskSource.
    /// </summary>
    internal interface IFutureSource
    {
        bool IsCompleted(int token);

        /// <summary>
        /// Wakes <paramref name="waker"/> (an async method's <see cref="Job"/> or a waiting kernel
        /// task) once the operation completes, at once if it has. The wake may come from an interrupt handler.
        /// </summary>
        void OnCompleted(IWakeable waker, int token);

        /// <summary>Takes the outcome: rethrows the operation's exception. The token is stale afterwards.</summary>
        void GetResult(int token);
    }

    /// <summary>An <see cref="IFutureSource"/> whose operation produces a <typeparamref name="T"/>.</summary>
    internal interface IFutureSource<T> : IFutureSource
    {
        new T GetResult(int token);
    }
}
