using System;
using System.IO;
using Xunit;

namespace Rivet.Compiler.Tests;

/// <summary>The programs of tests/corpus, one theory row per file so every failure names its program.</summary>
public static class CorpusPrograms
{
    public static TheoryData<string> All
    {
        get
        {
            var files = Directory.GetFiles(RepositoryLayout.CorpusDirectory, "*.cs");
            Array.Sort(files, StringComparer.Ordinal);
            var data = new TheoryData<string>();
            foreach (var file in files)
                data.Add(Path.GetFileName(file));
            return data;
        }
    }

    public static string PathOf(string program) => Path.Combine(RepositoryLayout.CorpusDirectory, program);
}
