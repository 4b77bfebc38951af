using Rivet.Kernel.Arch.RiscV;
using Rivet.Kernel.Log;
using Rivet.Kernel.Memory;
using Rivet.Kernel.Startup;

namespace Rivet.Kernel.Panic
{
    /// <summary>
    /// Names the C# methods on a stack by walking frame pointers (everything is compiled with
    /// -fno-omit-frame-pointer; RISC-V: s0 is the frame address, the return address is at
    /// s0 − XLEN/8 and the caller's s0 at s0 − 2·XLEN/8, runtime/native/platform/README.md).
    /// Every read is checked against the page tables first, so a corrupt chain ends the walk
    /// instead of faulting inside the panic.
    /// </summary>
    internal static unsafe class Backtrace
    {
        public const int MaxFrames = 32;

        /// <summary>
        /// Writes "  at Method in file.cs:line" for <paramref name="pc"/>, then one line per caller up the chain from
        /// <paramref name="framePointer"/>. A leaf function (GCC saves only s0 there, at s0 − XLEN/8,
        /// and keeps its return address in ra) is recognised by a non-text "return address"; its
        /// caller is then <paramref name="returnAddress"/>, the trapped context's ra.
        /// </summary>
        public static void Write(nuint pc, nuint framePointer, nuint returnAddress) =>
            Write(pc, framePointer, returnAddress, MaxFrames, panicking: true);

        /// <summary>
        /// The same for a kernel that goes on (a killed task's report): at most
        /// <paramref name="maxFrames"/> callers, through the log's lock, since the other harts still write.
        /// </summary>
        public static void Log(nuint pc, nuint framePointer, nuint returnAddress, int maxFrames) =>
            Write(pc, framePointer, returnAddress, maxFrames, panicking: false);

        private static void Write(nuint pc, nuint framePointer, nuint returnAddress, int maxFrames, bool panicking)
        {
            WriteFrame("  at "u8, pc, panicking);
            nuint slot = (nuint)sizeof(nuint);
            if (framePointer != 0 && (framePointer & (slot - 1)) == 0 && KernelAddressSpace.IsReadable(framePointer - slot)
                && !IsKernelText(*(nuint*)(framePointer - slot)) && IsKernelText(returnAddress))
            {
                WriteFrame("  called from "u8, returnAddress - 1, panicking);
                framePointer = *(nuint*)(framePointer - slot);
            }
            Walk(framePointer, maxFrames, panicking);
        }

        private static void Walk(nuint framePointer, int maxFrames, bool panicking)
        {
            for (int depth = 0; depth < maxFrames && framePointer != 0; depth++)
            {
                nuint slot = (nuint)sizeof(nuint);
                if ((framePointer & (slot - 1)) != 0 || !KernelAddressSpace.IsReadable(framePointer - 2 * slot)) return;
                nuint returnAddress = *(nuint*)(framePointer - slot);
                nuint caller = *(nuint*)(framePointer - 2 * slot);
                if (returnAddress == 0) return;
                // A return address points after the call; step back into the calling instruction.
                WriteFrame("  called from "u8, returnAddress - 1, panicking);
                if (caller <= framePointer) return;   // stacks grow down: callers' frames are higher
                framePointer = caller;
            }
        }

        private static bool IsKernelText(nuint address) =>
            address >= AssemblyRoutines.ImageTextStart() && address < AssemblyRoutines.ImageRodataStart();

        /// <summary>"label Method in file.cs:line 0xpc": the C# method and line of <paramref name="pc"/> when it has them.</summary>
        private static void WriteFrame(System.ReadOnlySpan<byte> label, nuint pc, bool panicking)
        {
            // Wider than a log line: generic method names and source paths together can be long.
            System.Span<byte> buffer = stackalloc byte[2 * KernelLog.LineBytes];
            var line = new LogLine(buffer);
            line.Append(label);
            byte* name = Platform.MethodNameForPc(pc);
            if (name == null) line.Append("(no C# method)"u8);
            else line.Append(Utf8(name));
            int sourceLine;
            byte* file = SourceLines.ForPc(pc, &sourceLine);
            if (file != null)
            {
                line.Append(" in "u8);
                line.Append(Utf8(file));
                line.Append(":"u8);
                line.AppendDecimal((ulong)sourceLine);
            }
            line.Append(" "u8);
            line.AppendHex(pc);
            if (panicking) KernelLog.EmitUnlocked(line.Finish());
            else KernelLog.Emit(line.Finish());
        }

        /// <summary>A NUL-terminated UTF-8 string from the image's constant data, at most a log line long.</summary>
        private static System.ReadOnlySpan<byte> Utf8(byte* text)
        {
            int length = 0;
            while (text[length] != 0 && length < KernelLog.LineBytes) length++;
            return new System.ReadOnlySpan<byte>(text, length);
        }
    }
}
