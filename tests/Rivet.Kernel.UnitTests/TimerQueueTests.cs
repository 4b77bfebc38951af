using System;
using System.Collections.Generic;
using System.Linq;
using Rivet.Kernel.Time;
using Xunit;

namespace Rivet.Kernel.UnitTests
{
    public class TimerQueueTests
    {
        [Fact]
        public void WaitersExpireInDeadlineOrderAndOnlyWhenDue()
        {
            var queue = new TimerQueue<string>(8);
            queue.TrySchedule(300, "c", out _);
            queue.TrySchedule(100, "a", out _);
            queue.TrySchedule(200, "b", out _);
            Assert.True(queue.TryPeekDeadline(out ulong next));
            Assert.Equal(100UL, next);
            Assert.False(queue.TryTakeExpired(99, out _));
            Assert.True(queue.TryTakeExpired(250, out string? first));
            Assert.True(queue.TryTakeExpired(250, out string? second));
            Assert.False(queue.TryTakeExpired(250, out _));
            Assert.Equal(("a", "b"), (first, second));
            Assert.True(queue.TryTakeExpired(ulong.MaxValue, out string? third));
            Assert.Equal("c", third);
            Assert.False(queue.TryPeekDeadline(out _));
        }

        [Fact]
        public void EqualDeadlinesKeepSchedulingOrder()
        {
            var queue = new TimerQueue<int>(64);
            for (int i = 0; i < 50; i++) queue.TrySchedule((ulong)(i % 3), i, out _);
            var order = new List<int>();
            while (queue.TryTakeExpired(10, out int waiter)) order.Add(waiter);
            var expected = Enumerable.Range(0, 50).OrderBy(i => i % 3).ThenBy(i => i).ToList();
            Assert.Equal(expected, order);
        }

        [Fact]
        public void CancelRemovesExactlyThatWaiterOnce()
        {
            var queue = new TimerQueue<int>(4);
            queue.TrySchedule(10, 1, out _);
            queue.TrySchedule(20, 2, out TimerHandle two);
            queue.TrySchedule(30, 3, out _);
            Assert.True(queue.Cancel(two));
            Assert.False(queue.Cancel(two));
            Assert.Equal(2, queue.Count);
            Assert.True(queue.TryTakeExpired(100, out int a));
            Assert.True(queue.TryTakeExpired(100, out int b));
            Assert.Equal((1, 3), (a, b));
        }

        [Fact]
        public void AHandleGoesStaleWhenItsSlotIsReused()
        {
            var queue = new TimerQueue<int>(1);
            queue.TrySchedule(10, 1, out TimerHandle old);
            Assert.True(queue.TryTakeExpired(10, out _));
            queue.TrySchedule(20, 2, out TimerHandle current);
            Assert.False(queue.Cancel(old));
            Assert.Equal(1, queue.Count);
            Assert.True(queue.Cancel(current));
        }

        [Fact]
        public void FullQueueRefusesAndRecoversAfterExpiry()
        {
            var queue = new TimerQueue<int>(2);
            Assert.True(queue.TrySchedule(1, 1, out _));
            Assert.True(queue.TrySchedule(2, 2, out _));
            Assert.False(queue.TrySchedule(3, 3, out _));
            Assert.True(queue.TryTakeExpired(1, out _));
            Assert.True(queue.TrySchedule(3, 3, out _));
        }

        [Fact]
        public void RandomScheduleAndCancelMatchesASortedModel()
        {
            var random = new Random(7);
            var queue = new TimerQueue<int>(256);
            var model = new Dictionary<int, (ulong Deadline, int Order, TimerHandle Handle)>();
            int nextId = 0;
            ulong now = 0;
            for (int step = 0; step < 20000; step++)
            {
                int action = random.Next(4);
                if (action <= 1 && queue.Count < queue.Capacity)
                {
                    ulong deadline = now + (ulong)random.Next(0, 1000);
                    Assert.True(queue.TrySchedule(deadline, nextId, out TimerHandle handle));
                    model[nextId] = (deadline, nextId, handle);
                    nextId++;
                }
                else if (action == 2 && model.Count > 0)
                {
                    int victim = model.Keys.ElementAt(random.Next(model.Count));
                    Assert.True(queue.Cancel(model[victim].Handle));
                    model.Remove(victim);
                }
                else
                {
                    now += (ulong)random.Next(0, 300);
                    var due = model.Values.Where(e => e.Deadline <= now).OrderBy(e => e.Deadline).ThenBy(e => e.Order).Select(e => e.Order).ToList();
                    var taken = new List<int>();
                    while (queue.TryTakeExpired(now, out int waiter)) taken.Add(waiter);
                    Assert.Equal(due, taken);
                    foreach (int id in taken) model.Remove(id);
                }
                Assert.Equal(model.Count, queue.Count);
            }
        }
    }
}
