using System.Runtime.CompilerServices;
using System.Threading;
using Rivet.Kernel.Panic;

namespace Rivet.Kernel.Sync
{
    /// <summary>
    /// A reader-writer spin lock that masks interrupts while held, like <see cref="SpinLock"/>:
    /// any number of readers or one writer. A waiting writer stops new readers from entering, so
    /// a stream of readers cannot starve it. Must live where it never moves.
    /// <code>using (s_table.Read()) { … }   using (s_table.Write()) { … }</code>
    /// </summary>
    [InterruptMaskingLock]
    public unsafe struct SpinReaderWriterLock
    {
        private const int WriterHeld = 1 << 30;
        private const int WriterWaiting = 1 << 29;
        private const int ReaderMask = WriterWaiting - 1;

        /// <summary>Reader count in the low bits, plus the two writer flags.</summary>
        private int _state;
        /// <summary>The writing hart's owner id (<see cref="SpinLock.OwnerId"/>), 0 without a writer.</summary>
        private int _writer;

        public SpinReadGuard Read()
        {
            InterruptMask.Push();
            if (Volatile.Read(ref _writer) == SpinLock.OwnerId()) KernelPanic.Halt("reader-writer spin lock read while this hart writes it");
            while (true)
            {
                int state = Volatile.Read(ref _state);
                if ((state & (WriterHeld | WriterWaiting)) == 0 && Interlocked.CompareExchange(ref _state, state + 1, state) == state) break;
            }
            return new SpinReadGuard((SpinReaderWriterLock*)Unsafe.AsPointer(ref this));
        }

        public SpinWriteGuard Write()
        {
            InterruptMask.Push();
            int me = SpinLock.OwnerId();
            if (Volatile.Read(ref _writer) == me) KernelPanic.Halt("reader-writer spin lock written twice by the same hart");
            while (true)
            {
                int state = Volatile.Read(ref _state);
                if ((state & ~WriterWaiting) == 0)
                {
                    if (Interlocked.CompareExchange(ref _state, WriterHeld, state) == state) break;
                }
                else if ((state & WriterWaiting) == 0)
                {
                    Interlocked.CompareExchange(ref _state, state | WriterWaiting, state);
                }
            }
            Volatile.Write(ref _writer, me);
            return new SpinWriteGuard((SpinReaderWriterLock*)Unsafe.AsPointer(ref this));
        }

        /// <summary>Readers inside now (a snapshot, for tests and reports).</summary>
        public int ReaderCount => Volatile.Read(ref _state) & ReaderMask;

        internal void ReleaseRead()
        {
            Interlocked.Decrement(ref _state);
            InterruptMask.Pop();
        }

        internal void ReleaseWrite()
        {
            Volatile.Write(ref _writer, 0);
            // Only waiting writers change the state meanwhile (they set WriterWaiting).
            while (true)
            {
                int state = Volatile.Read(ref _state);
                if (Interlocked.CompareExchange(ref _state, state & ~WriterHeld, state) == state) break;
            }
            InterruptMask.Pop();
        }
    }

    /// <summary>Shared access to a <see cref="SpinReaderWriterLock"/>, released once by Dispose.</summary>
    [InterruptMaskingLock]
    public unsafe ref struct SpinReadGuard
    {
        private SpinReaderWriterLock* _lock;

        internal SpinReadGuard(SpinReaderWriterLock* held) => _lock = held;

        public void Dispose()
        {
            if (_lock == null) return;
            _lock->ReleaseRead();
            _lock = null;
        }
    }

    /// <summary>Exclusive access to a <see cref="SpinReaderWriterLock"/>, released once by Dispose.</summary>
    [InterruptMaskingLock]
    public unsafe ref struct SpinWriteGuard
    {
        private SpinReaderWriterLock* _lock;

        internal SpinWriteGuard(SpinReaderWriterLock* held) => _lock = held;

        public void Dispose()
        {
            if (_lock == null) return;
            _lock->ReleaseWrite();
            _lock = null;
        }
    }
}
