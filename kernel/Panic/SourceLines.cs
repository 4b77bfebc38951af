using System.Runtime.InteropServices;

namespace Rivet.Kernel.Panic
{
    /// <summary>
    /// The C# file and line of a code address, from the table rivetc links into the kernel image
    /// (runtime/native/core/rivet_source_lines.h; docs/runtime-abi.md § Source lines). Reads only
    /// constant data, so a panic can use it whatever state the kernel is in.
    /// </summary>
    internal static unsafe class SourceLines
    {
        /// <summary>The file (NUL-terminated UTF-8, relative to the folder holding every C# source of
        /// the image, e.g. <c>kernel/Startup/KernelMain.cs</c>) with its line in <paramref name="line"/>,
        /// or null when <paramref name="pc"/> is not C# code. Inside inlined code, the inlined line.</summary>
        [DllImport("*", EntryPoint = "rivet_source_line_for_pc")]
        public static extern byte* ForPc(nuint pc, int* line);
    }
}
