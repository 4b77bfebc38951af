using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Rivet.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// Declarations test code uses: kernel-like lock types marked with Rivet's attributes, and —
    /// only while corlib lacks them — the members C# needs for <c>lock</c> and <c>async</c>.
    /// Iterators need IEnumerable&lt;T&gt; from corlib itself (a special type cannot come from source).
    /// </summary>
    public static class TestSupport
    {
        /// <summary>Lock types as the kernel declares them: one masking, one task-only, and a blocking wait.</summary>
        public const string Locks = """
            namespace Kernel.Sync
            {
                [Rivet.InterruptMaskingLock]
                public sealed class SpinLock
                {
                    public Guard Lock() => new Guard(this);
                    public void Unlock() { }
                    public bool Acquire() => true;
                    public void Release(bool interrupts) { }
                }

                [Rivet.InterruptMaskingLock]
                public readonly struct Guard : System.IDisposable
                {
                    private readonly SpinLock _lock;
                    public Guard(SpinLock spinLock) { _lock = spinLock; }
                    public void Dispose() => _lock.Unlock();
                }

                [Rivet.TaskOnlyLock]
                public sealed class Mutex
                {
                    public void Acquire() { }
                    public void Release() { }
                }

                public sealed class WaitQueue
                {
                    [Rivet.Blocking]
                    public void Wait() { }
                    public void WakeAll() { }
                }
            }
            """;

        private static readonly (string MetadataName, string Source)[] s_corlibStubs =
        {
            ("System.Threading.Monitor", """
                namespace System.Threading
                {
                    public static class Monitor
                    {
                        public static void Enter(object obj, ref bool lockTaken) { lockTaken = true; }
                        public static void Exit(object obj) { }
                    }
                }
                """),
            ("System.Runtime.CompilerServices.IAsyncStateMachine", """
                namespace System.Runtime.CompilerServices
                {
                    public interface IAsyncStateMachine
                    {
                        void MoveNext();
                        void SetStateMachine(IAsyncStateMachine stateMachine);
                    }
                    public interface INotifyCompletion { void OnCompleted(System.Action continuation); }
                    public interface ICriticalNotifyCompletion : INotifyCompletion { void UnsafeOnCompleted(System.Action continuation); }
                    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method, Inherited = false)]
                    public sealed class AsyncMethodBuilderAttribute : Attribute
                    {
                        public AsyncMethodBuilderAttribute(Type builderType) { }
                    }
                    [AttributeUsage(AttributeTargets.Method, Inherited = false)]
                    public sealed class AsyncStateMachineAttribute : Attribute
                    {
                        public AsyncStateMachineAttribute(Type stateMachineType) { }
                    }
                }
                """),
            ("System.Action", """
                namespace System
                {
                    public delegate void Action();
                }
                """),
        };

        /// <summary>A task-like type for async test code (C# spec: task-types via AsyncMethodBuilder).</summary>
        private const string Job = """
            namespace Kernel.Tasks
            {
                [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(JobBuilder))]
                public struct Job
                {
                    public JobAwaiter GetAwaiter() => default;
                }

                public struct JobAwaiter : System.Runtime.CompilerServices.INotifyCompletion
                {
                    public bool IsCompleted => true;
                    public void GetResult() { }
                    public void OnCompleted(System.Action continuation) { }
                }

                public struct JobBuilder
                {
                    public static JobBuilder Create() => default;
                    public Job Task => default;
                    public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : System.Runtime.CompilerServices.IAsyncStateMachine { stateMachine.MoveNext(); }
                    public void SetStateMachine(System.Runtime.CompilerServices.IAsyncStateMachine stateMachine) { }
                    public void SetResult() { }
                    public void SetException(System.Exception exception) { }
                    public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
                        where TAwaiter : System.Runtime.CompilerServices.INotifyCompletion
                        where TStateMachine : System.Runtime.CompilerServices.IAsyncStateMachine { }
                    public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
                        where TAwaiter : System.Runtime.CompilerServices.INotifyCompletion
                        where TStateMachine : System.Runtime.CompilerServices.IAsyncStateMachine { }
                }
            }
            """;

        public static IEnumerable<(string Name, string Text)> Sources(string corlibPath)
        {
            yield return ("Locks.cs", Locks);
            yield return ("Job.cs", Job);
            var corlib = CSharpCompilation.Create("probe", references: new[] { MetadataReference.CreateFromFile(corlibPath) });
            foreach (var (metadataName, source) in s_corlibStubs.Where(s => corlib.GetTypeByMetadataName(s.MetadataName) is null))
                yield return ("Stubs/" + metadataName + ".cs", source);
        }
    }
}
