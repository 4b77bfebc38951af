using System.Runtime.InteropServices;

namespace Rivet.Kernel.Startup
{
    /// <summary>
    /// What the kernel platform (runtime/native/platform/kernel, rivet_kernel.h and rivet_platform.h)
    /// provides: the boot hart and device tree, starting harts, the S-mode timer and IPIs (SBI
    /// calls to the M-mode stage), the early console, and the exit through sifive_test.
    /// </summary>
    internal static unsafe class Platform
    {
        [DllImport("*", EntryPoint = "rivet_kernel_boot_hartid")]
        public static extern nuint BootHartId();

        [DllImport("*", EntryPoint = "rivet_kernel_device_tree")]
        public static extern nuint DeviceTree();

        /// <summary>Starts hart <paramref name="hartId"/> running entry(hartid, argument) on its boot stack; 0 or an SBI error.</summary>
        [DllImport("*", EntryPoint = "rivet_kernel_start_hart")]
        public static extern nint StartHart(nuint hartId, void* entry, void* argument);

        /// <summary>Raises this hart's supervisor timer interrupt once the time CSR reaches <paramref name="time"/>.</summary>
        [DllImport("*", EntryPoint = "rivet_kernel_set_timer")]
        public static extern void SetTimer(ulong time);

        [DllImport("*", EntryPoint = "rivet_kernel_send_ipi")]
        public static extern void SendIpi(nuint hartId);

        /// <summary>
        /// Hands page provisioning for the runtime's heap (rivet_platform_alloc_pages, which backs
        /// every <c>new</c>) to the kernel: later calls go to <paramref name="provider"/>. Returns the
        /// first address the platform's own page allocator never handed out; memory from there to
        /// the end of RAM is the kernel's.
        /// </summary>
        [DllImport("*", EntryPoint = "rivet_kernel_take_over_pages")]
        public static extern nuint TakeOverPages(void* provider);

        /// <summary>Bytes of one thread-local block (a multiple of 64): what a task needs for its own tp.</summary>
        [DllImport("*", EntryPoint = "rivet_kernel_tls_block_size")]
        public static extern nuint ThreadLocalBlockBytes();

        /// <summary>Fills a 64-byte aligned block with a fresh copy of the thread-local template.</summary>
        [DllImport("*", EntryPoint = "rivet_kernel_tls_initialize")]
        public static extern void InitializeThreadLocals(byte* block);

        /// <summary>Bytes of objects <c>new</c> has handed out so far (runtime/native/core/rivet_alloc.c): growth means allocation.</summary>
        [DllImport("*", EntryPoint = "rivet_allocated_bytes")]
        public static extern ulong AllocatedBytes();

        /// <summary>The early console: polled UART writes under the platform's lock (fd 1 or 2).</summary>
        [DllImport("*", EntryPoint = "rivet_platform_write")]
        public static extern void Write(int fd, byte* bytes, nuint length);

        /// <summary>Ends the run through sifive_test: 0 passes, anything else fails with that status.</summary>
        [DllImport("*", EntryPoint = "rivet_platform_exit")]
        public static extern void Exit(int status);

        /// <summary>The C# name ("Ns.Type.Method(args)") of the compiled method containing pc, as a NUL-terminated UTF-8 string, or null.</summary>
        [DllImport("*", EntryPoint = "rivet_method_name_for_pc")]
        public static extern byte* MethodNameForPc(nuint pc);
    }
}
