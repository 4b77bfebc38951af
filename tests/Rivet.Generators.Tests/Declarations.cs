using System.IO;
using Microsoft.CodeAnalysis;
using Rivet.Tests.Infrastructure;

namespace Rivet.Generators.Tests
{
    /// <summary>The hardware declarations shipped in generators/Declarations, compiled for one architecture.</summary>
    internal static class Declarations
    {
        public static string Directory => Path.Combine(RivetPaths.Root, "generators", "Declarations");

        public static Compilation Compile() => RivetCompilation.Create(RivetCompilation.SourcesUnder(Directory));

        /// <summary>The declarations with every generator's output added.</summary>
        public static Compilation Generated(string arch) => GeneratorRun.Run(Compile(), arch).Output;
    }
}
