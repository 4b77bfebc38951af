// Covers: async methods without threads — a task-like type Job<T> bound to its own builder via
// [AsyncMethodBuilder], a custom awaitable (NextTick) whose continuation is queued on a
// single-threaded run loop, a custom awaiter that completes synchronously, awaiting other Jobs
// (completion order printed), results flowing back through awaits, exceptions stored by
// SetException and rethrown by GetResult, and interleaving of several async methods.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

static class RunLoop
{
    static readonly Queue<Action> ready = new Queue<Action>();
    public static int Ticks;
    public static void Post(Action action) => ready.Enqueue(action);
    public static void Run()
    {
        while (ready.Count > 0)
        {
            Ticks++;
            ready.Dequeue()();
        }
    }
}

[AsyncMethodBuilder(typeof(JobBuilder<>))]
sealed class Job<T>
{
    bool done;
    T result;
    Exception error;
    Action continuation;
    internal IAsyncStateMachine Machine;

    public bool IsCompleted => done;
    internal void Finish(T value, Exception exception)
    {
        result = value;
        error = exception;
        done = true;
        if (continuation != null) RunLoop.Post(continuation);
    }
    internal void OnCompleted(Action next) { if (done) RunLoop.Post(next); else continuation = next; }
    internal T Result => error != null ? throw error : result;
    public JobAwaiter<T> GetAwaiter() => new JobAwaiter<T>(this);
}

readonly struct JobAwaiter<T> : INotifyCompletion
{
    readonly Job<T> job;
    public JobAwaiter(Job<T> job) { this.job = job; }
    public bool IsCompleted => job.IsCompleted;
    public void OnCompleted(Action continuation) => job.OnCompleted(continuation);
    public T GetResult() => job.Result;
}

struct JobBuilder<T>
{
    Job<T> job;
    public static JobBuilder<T> Create() => new JobBuilder<T> { job = new Job<T>() };
    public Job<T> Task => job;
    public void Start<TStateMachine>(ref TStateMachine machine) where TStateMachine : IAsyncStateMachine => machine.MoveNext();
    public void SetStateMachine(IAsyncStateMachine machine) { }
    public void SetResult(T value) => job.Finish(value, null);
    public void SetException(Exception exception) => job.Finish(default, exception);
    public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine machine)
        where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
    {
        // Box the state machine once; every later await resumes that same box.
        job.Machine ??= machine;
        awaiter.OnCompleted(job.Machine.MoveNext);
    }
    public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine machine)
        where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
        => AwaitOnCompleted(ref awaiter, ref machine);
}

readonly struct NextTick
{
    public Awaiter GetAwaiter() => new Awaiter();
    public readonly struct Awaiter : INotifyCompletion
    {
        public bool IsCompleted => false;
        public void OnCompleted(Action continuation) => RunLoop.Post(continuation);
        public void GetResult() { }
    }
}

readonly struct ReadyAwaitable : INotifyCompletion
{
    readonly int value;
    public ReadyAwaitable(int value) { this.value = value; }
    public ReadyAwaitable GetAwaiter() => this;
    public bool IsCompleted => true;
    public void OnCompleted(Action continuation) => throw new InvalidOperationException("never suspended");
    public int GetResult() => value;
}

static class AsyncCustomBuilder
{
    static async Job<int> Worker(string name, int steps)
    {
        int total = 0;
        for (int i = 1; i <= steps; i++)
        {
            Console.WriteLine(name + " step " + i);
            await new NextTick();
            total += i;
        }
        Console.WriteLine(name + " done " + total);
        return total;
    }

    static async Job<string> Coordinator()
    {
        Console.WriteLine("coordinator starts workers");
        Job<int> a = Worker("A", 3);
        Job<int> b = Worker("B", 2);
        int fromB = await b;
        Console.WriteLine("coordinator got B " + fromB);
        int fromA = await a;
        Console.WriteLine("coordinator got A " + fromA);
        int instant = await new ReadyAwaitable(7);
        return "sum " + (fromA + fromB + instant);
    }

    static async Job<int> Failing(int after)
    {
        for (int i = 0; i < after; i++) await new NextTick();
        throw new InvalidOperationException("failed after " + after);
    }

    static async Job<int> Catcher()
    {
        try
        {
            return await Failing(2);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught across await: " + e.Message);
            return -1;
        }
    }

    static async Job<int> Synchronous() => await new ReadyAwaitable(41) + 1;

    static void Main()
    {
        Job<string> main = Coordinator();
        Console.WriteLine("coordinator returned a job, completed " + main.IsCompleted);
        Job<int> catcher = Catcher();
        Job<int> sync = Synchronous();
        Console.WriteLine("synchronous job completed " + sync.IsCompleted + " with " + sync.GetAwaiter().GetResult());
        RunLoop.Run();
        Console.WriteLine(main.GetAwaiter().GetResult() + " " + catcher.GetAwaiter().GetResult() + " ticks " + RunLoop.Ticks);
        Job<int> direct = Failing(0);
        try { direct.GetAwaiter().GetResult(); }
        catch (InvalidOperationException e) { Console.WriteLine("stored exception: " + e.Message); }
    }
}
