using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace Rivet.Compiler.Targets;

/// <summary>
/// The runtime's own sources (core and the target's platform) change far less often than the
/// program, so they are compiled once per target, flags and content into a cache folder next to
/// the output and reused. The folder's name is a hash of every file the runtime compilation can
/// read (sources and headers) and of the compiler command, so any change gives a fresh folder.
/// </summary>
internal static class RuntimeObjectCache
{
    private const string CacheFolderName = ".rivet-runtime-objects";

    /// <summary>The object files of <paramref name="sources"/>, compiled now or earlier.</summary>
    /// <param name="inputFolders">Every folder whose files the sources may include.</param>
    public static IReadOnlyList<string> Objects(string gcc, IReadOnlyList<string> compileFlags,
        IReadOnlyList<string> sources, IReadOnlyList<string> inputFolders, string targetName, string outputPath)
    {
        var outputFolder = Path.GetDirectoryName(Path.GetFullPath(outputPath))!;
        var folder = Path.Combine(outputFolder, CacheFolderName, $"{targetName}-{Hash(gcc, compileFlags, sources, inputFolders)}");
        var objects = sources.Select((source, i) => Path.Combine(folder, $"{i:D3}-{Path.GetFileNameWithoutExtension(source)}.o")).ToArray();
        if (Directory.Exists(folder)) return objects;

        // Compile into a private folder and rename it into place: a concurrent link of the same
        // target either wins the rename or finds the finished folder.
        var scratch = $"{folder}.{Guid.NewGuid():N}.tmp";
        Directory.CreateDirectory(scratch);
        try
        {
            for (var i = 0; i < sources.Count; i++)
                ToolProcess.Run(gcc, [.. compileFlags, "-c", sources[i], "-o", Path.Combine(scratch, Path.GetFileName(objects[i]))]);
            try
            {
                Directory.Move(scratch, folder);
            }
            catch (IOException) when (Directory.Exists(folder))
            {
                // Another link finished the same objects first.
            }
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
        return objects;
    }

    private static string Hash(string gcc, IReadOnlyList<string> compileFlags, IReadOnlyList<string> sources,
        IReadOnlyList<string> inputFolders)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\0"));

        Add(gcc);
        foreach (var flag in compileFlags) Add(flag);
        foreach (var source in sources) Add(source);
        var files = inputFolders.Where(Directory.Exists)
            .SelectMany(folder => Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            Add(file);
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexString(hash.GetHashAndReset())[..16].ToLowerInvariant();
    }
}
