using System;
using System.Runtime.CompilerServices;

namespace Rivet.Kernel.Async
{
    /// <summary>What <see cref="Future.Yield"/> returns: never complete on the first look, so the awaiting job re-queues itself.</summary>
    internal readonly struct YieldAwaitable
    {
        public Awaiter GetAwaiter() => default;

        public readonly struct Awaiter : ICriticalNotifyCompletion
        {
            public bool IsCompleted => false;

            public void GetResult()
            {
            }

            /// <summary>The job goes to the back of the ready queue.</summary>
            public void OnCompleted(Action continuation) => Job.Of(continuation).Wake();

            public void UnsafeOnCompleted(Action continuation) => Job.Of(continuation).Wake();
        }
    }
}
