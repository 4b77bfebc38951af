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

        public SpinLockGuard Read()
        {
            if (Volatile.Read(ref _writer) == SpinLock.OwnerId(InterruptMask.Push())) KernelPanic.Halt("reader-writer spin lock read while this hart writes it");
            while (true)
            {
                int state = Volatile.Read(ref _state);
                if ((state & (WriterHeld | WriterWaiting)) == 0 && Interlocked.CompareExchange(ref _state, state + 1, state) == state) break;
            }
            return new SpinLockGuard(Unsafe.AsPointer(ref this), &ReleaseRead);
        }

        public SpinLockGuard Write()
        {
            int me = SpinLock.OwnerId(InterruptMask.Push());
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
            return new SpinLockGuard(Unsafe.AsPointer(ref this), &ReleaseWrite);
        }

        /// <summary>Readers inside now (a snapshot, for tests and reports).</summary>
        public int ReaderCount => Volatile.Read(ref _state) & ReaderMask;

        private static void ReleaseRead(void* held)
        {
            Interlocked.Decrement(ref ((SpinReaderWriterLock*)held)->_state);
            InterruptMask.Pop();
        }

        private static void ReleaseWrite(void* held)
        {
            var rw = (SpinReaderWriterLock*)held;
            Volatile.Write(ref rw->_writer, 0);
            // Only waiting writers change the state meanwhile (they set WriterWaiting).
            while (true)
            {
                int state = Volatile.Read(ref rw->_state);
                if (Interlocked.CompareExchange(ref rw->_state, state & ~WriterHeld, state) == state) break;
            }
            InterruptMask.Pop();
        }
    }
}
