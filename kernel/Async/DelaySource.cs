using System;
using Rivet.Kernel.Tasks;
using Rivet.Kernel.Time;

namespace Rivet.Kernel.Async
{
    /// <summary>
    /// The source of <see cref="Future.Delay"/>: a pooled timer waiter on the calling hart's timer
    /// queue whose timer interrupt completes the future. Returned to its pool when the result is taken.
    /// </summary>
    internal sealed class DelaySource : IFutureSource, ITimerWaiter, IPooled<DelaySource>
    {
        private static Pool<DelaySource> s_pool;

        private FutureCore<bool> _core;

        public DelaySource? NextFree { get; set; }

        public static Future Start(ulong ticks)
        {
            DelaySource source = s_pool.Rent() ?? new DelaySource();
            int token = source._core.Version;
            ulong deadline = Clock.Now + ticks * (Clock.Frequency / Ticker.TicksPerSecond);
            if (!Ticker.WakeAt(deadline, source))
            {
                s_pool.Return(source);
                throw new InvalidOperationException("Future.Delay: this hart's timer queue is full");
            }
            return new Future(source, token);
        }

        /// <summary>The timer interrupt.</summary>
        public void Wake(ulong now) => _core.TrySetResult(true);

        public bool IsCompleted(int token) => _core.IsCompleted(token);

        public void OnCompleted(IWakeable waker, int token) => _core.OnCompleted(waker, token);

        public void GetResult(int token)
        {
            _core.TakeResult(token, out _);
            s_pool.Return(this);
        }
    }
}
