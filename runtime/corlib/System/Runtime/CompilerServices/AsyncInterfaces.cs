// The contracts between Roslyn's async lowering, awaiters and method builders (C# spec, "Async functions").
namespace System.Runtime.CompilerServices
{
    public interface IAsyncStateMachine
    {
        void MoveNext();
        void SetStateMachine(IAsyncStateMachine stateMachine);
    }

    public interface INotifyCompletion
    {
        void OnCompleted(Action continuation);
    }

    public interface ICriticalNotifyCompletion : INotifyCompletion
    {
        void UnsafeOnCompleted(Action continuation);
    }
}

namespace System
{
    public interface IAsyncResult
    {
        bool IsCompleted { get; }
        bool CompletedSynchronously { get; }
        object? AsyncState { get; }
    }
}
