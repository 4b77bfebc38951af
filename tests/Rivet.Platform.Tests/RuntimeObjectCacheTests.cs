using System;
using System.IO;
using Rivet.Compiler.Targets;
using Xunit;

namespace Rivet.Platform.Tests;

/// <summary>Runtime objects are compiled once and reused, but never when a runtime file changed.</summary>
public sealed class RuntimeObjectCacheTests
{
    [Theory]
    [InlineData("host")]
    [InlineData("rv32-linux")]
    public void EditedPlatformSource_IsRecompiled(string target)
    {
        var native = CopyOfNativeRuntime();
        try
        {
            LinkRunEditRelink(target, native);
        }
        finally
        {
            Directory.Delete(native, recursive: true);
        }
    }

    private static void LinkRunEditRelink(string target, string native)
    {
        var platformFolder = target == "host" ? "host" : "linux";
        var exitSource = Path.Combine(native, "platform", platformFolder, $"{platformFolder}_exit.c");
        var output = Path.Combine(Repository.OutputFolder, $"cache-{target}", "probe.elf");

        int ExitStatusAfterLink()
        {
            Target.Get(target).Link(new LinkRequest(Repository.Program("probe.c"), output, 1, native, [], null));
            return TargetExecutables.Run(target, output, "exit", "5").ExitStatus;
        }

        Assert.Equal(5, ExitStatusAfterLink());
        Assert.Equal(5, ExitStatusAfterLink());

        var original = File.ReadAllText(exitSource);
        File.WriteAllText(exitSource, original.Replace("rivet_platform_exit(int status) {", "rivet_platform_exit(int status) { status++;"));
        Assert.NotEqual(original, File.ReadAllText(exitSource));

        Assert.Equal(6, ExitStatusAfterLink());
    }

    private static string CopyOfNativeRuntime()
    {
        var copy = Path.Combine(Repository.OutputFolder, "native-copies", Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(Repository.NativeRuntime, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(copy, Path.GetRelativePath(Repository.NativeRuntime, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return copy;
    }
}
