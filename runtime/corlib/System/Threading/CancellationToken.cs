namespace System.Threading
{
    /// <summary>A cancellation flag shared between a <see cref="CancellationTokenSource"/> and the operations it may cancel.</summary>
    public readonly struct CancellationToken
    {
        private readonly CancellationTokenSource? _source;

        internal CancellationToken(CancellationTokenSource source) { _source = source; }

        public CancellationToken(bool canceled) { _source = canceled ? CancellationTokenSource.Canceled : null; }

        public static CancellationToken None => default;
        public bool IsCancellationRequested => _source != null && _source.IsCancellationRequested;
        public bool CanBeCanceled => _source != null;

        public void ThrowIfCancellationRequested()
        {
            if (IsCancellationRequested) throw new OperationCanceledException("The operation was canceled.");
        }
    }

    public sealed class CancellationTokenSource : IDisposable
    {
        internal static readonly CancellationTokenSource Canceled = CreateCanceled();
        private bool _canceled;

        private static CancellationTokenSource CreateCanceled()
        {
            var source = new CancellationTokenSource();
            source._canceled = true;
            return source;
        }

        public bool IsCancellationRequested => _canceled;
        public CancellationToken Token => new CancellationToken(this);

        public void Cancel() => _canceled = true;

        public void Dispose() { }
    }
}
