// Covers: compiler-generated async state machines driven by a custom builder — locals and
// parameters (incl. structs, copied by value) preserved across awaits, awaits inside loops,
// try/finally and try/catch spanning awaits (finally runs after resumption), `using` across an
// await, generic async methods, recursion through async calls, and await in conditional and
// compound expressions (evaluation order kept across the suspension).
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

static class Loop
{
    static readonly Queue<Action> ready = new Queue<Action>();
    public static void Post(Action action) => ready.Enqueue(action);
    public static void Run() { while (ready.Count > 0) ready.Dequeue()(); }
}

[AsyncMethodBuilder(typeof(FutureBuilder<>))]
sealed class Future<T>
{
    internal bool Done;
    internal T Value;
    internal Exception Error;
    internal Action Continuation;
    internal IAsyncStateMachine Machine;
    public Awaiter GetAwaiter() => new Awaiter(this);

    internal void Complete(T value, Exception error)
    {
        Value = value; Error = error; Done = true;
        if (Continuation != null) Loop.Post(Continuation);
    }

    public readonly struct Awaiter : INotifyCompletion
    {
        readonly Future<T> future;
        public Awaiter(Future<T> future) { this.future = future; }
        public bool IsCompleted => future.Done;
        public void OnCompleted(Action continuation) => future.Continuation = continuation;
        public T GetResult() => future.Error != null ? throw future.Error : future.Value;
    }
}

struct FutureBuilder<T>
{
    Future<T> future;
    public static FutureBuilder<T> Create() => new FutureBuilder<T> { future = new Future<T>() };
    public Future<T> Task => future;
    public void Start<TSM>(ref TSM machine) where TSM : IAsyncStateMachine => machine.MoveNext();
    public void SetStateMachine(IAsyncStateMachine machine) { }
    public void SetResult(T value) => future.Complete(value, null);
    public void SetException(Exception error) => future.Complete(default, error);
    public void AwaitOnCompleted<TA, TSM>(ref TA awaiter, ref TSM machine) where TA : INotifyCompletion where TSM : IAsyncStateMachine
    {
        future.Machine ??= machine;
        awaiter.OnCompleted(future.Machine.MoveNext);
    }
    public void AwaitUnsafeOnCompleted<TA, TSM>(ref TA awaiter, ref TSM machine) where TA : ICriticalNotifyCompletion where TSM : IAsyncStateMachine
        => AwaitOnCompleted(ref awaiter, ref machine);
}

readonly struct Pause : INotifyCompletion
{
    public Pause GetAwaiter() => this;
    public bool IsCompleted => false;
    public void OnCompleted(Action continuation) => Loop.Post(continuation);
    public void GetResult() { }
}

struct Accumulator { public int Sum; public int Count; }

sealed class Resource : IDisposable
{
    public void Dispose() => Console.WriteLine("  resource disposed");
}

static class AsyncStateMachines
{
    static async Future<int> Value(int v)
    {
        await new Pause();
        return v;
    }

    static async Future<Accumulator> Accumulate(Accumulator acc, int[] values)
    {
        foreach (int v in values)
        {
            acc.Sum += await Value(v);
            acc.Count++;
        }
        return acc;
    }

    static async Future<string> WithFinally()
    {
        string log = "start";
        try
        {
            await new Pause();
            log += ">try";
            throw new FormatException("inside");
        }
        catch (FormatException e)
        {
            await new Pause();
            log += ">catch(" + e.Message + ")";
        }
        finally
        {
            log += ">finally";
        }
        using (new Resource())
        {
            await new Pause();
            log += ">using";
        }
        return log;
    }

    static async Future<T> Echo<T>(T value)
    {
        await new Pause();
        return value;
    }

    static async Future<long> Factorial(int n) => n <= 1 ? 1 : n * await Factorial(n - 1);

    static async Future<int> Ordering()
    {
        int x = 10;
        int result = x + await Value(x++) * 2 + x;
        bool flag = await Value(1) == 1 && await Value(2) == 2;
        return flag ? result : -result;
    }

    static void Main()
    {
        var original = new Accumulator { Sum = 100 };
        var acc = Accumulate(original, new[] { 1, 2, 3, 4 });
        var fin = WithFinally();
        var echoS = Echo("generic");
        var echoD = Echo(2.5);
        var fact = Factorial(20);
        var order = Ordering();
        Console.WriteLine("before loop, original sum " + original.Sum);
        Loop.Run();
        var a = acc.GetAwaiter().GetResult();
        Console.WriteLine(a.Sum + " " + a.Count + " original " + original.Sum);
        Console.WriteLine(fin.GetAwaiter().GetResult());
        Console.WriteLine(echoS.GetAwaiter().GetResult() + " " + echoD.GetAwaiter().GetResult());
        Console.WriteLine(fact.GetAwaiter().GetResult());
        Console.WriteLine(order.GetAwaiter().GetResult());
    }
}
