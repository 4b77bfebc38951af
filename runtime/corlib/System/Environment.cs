using System.Runtime.InteropServices;

namespace System
{
    /// <summary>The process environment as far as Rivet has one: a single thread, LF line ends.</summary>
    public static class Environment
    {
        public static string NewLine => "\n";

        /// <summary>Rivet programs run on one managed thread, numbered 1 as on CoreCLR's main thread (iterators compare it).</summary>
        public static int CurrentManagedThreadId => 1;

        public static int ProcessorCount => 1;

        public static bool Is64BitProcess => IntPtr.Size == 8;

        /// <summary>Ends the program at once with <paramref name="exitCode"/> (docs/runtime-abi.md, "Platform interface").</summary>
        [System.Diagnostics.CodeAnalysis.DoesNotReturn]
        public static void Exit(int exitCode) => rivet_platform_exit(exitCode);

        [DllImport("*")]
        [System.Diagnostics.CodeAnalysis.DoesNotReturn]
        private static extern void rivet_platform_exit(int status);
    }
}
