using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Rivet.Tests.Infrastructure
{
    /// <summary>
    /// Where the repository and Rivet's corlib are, as recorded at build time. The environment
    /// variable RIVET_CORLIB overrides the corlib path (e.g. to test against a private build).
    /// </summary>
    public static class RivetPaths
    {
        public static string Root => Metadata("RivetRoot");

        public static string Corlib =>
            Environment.GetEnvironmentVariable("RIVET_CORLIB") is { Length: > 0 } overridden ? overridden : Metadata("RivetCorlibPath");

        private static string Metadata(string key)
        {
            var value = typeof(RivetPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == key).Value!;
            return Path.GetFullPath(value);
        }
    }
}
