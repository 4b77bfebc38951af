using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Rivet.Kernel.Tests
{
    /// <summary>Where the kernel ELF of an architecture is: kernel/bin/&lt;Configuration&gt;/&lt;arch&gt;/kernel.elf (Rivet.Kernel.csproj's RivetKernelElf), or the environment override.</summary>
    internal static class KernelImage
    {
        public static string PathFor(string arch)
        {
            string? overridden = Environment.GetEnvironmentVariable("RIVET_KERNEL_ELF_" + arch.ToUpperInvariant());
            if (!string.IsNullOrEmpty(overridden)) return overridden;
            string root = Metadata("RivetRoot");
            return Path.Combine(root, "kernel", "bin", Metadata("Configuration"), arch, "kernel.elf");
        }

        public static string Require(string arch)
        {
            string path = PathFor(arch);
            if (!File.Exists(path))
                throw new FileNotFoundException($"no kernel image for {arch} at {path}: build it with `dotnet build kernel -p:Arch={arch}` or set RIVET_KERNEL_ELF_{arch.ToUpperInvariant()}", path);
            return path;
        }

        internal static string Metadata(string key) =>
            typeof(KernelImage).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
    }
}
