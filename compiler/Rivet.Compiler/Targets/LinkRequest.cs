using System.Collections.Generic;

namespace Rivet.Compiler.Targets;

/// <summary>What <see cref="Target.Link"/> turns into one executable.</summary>
/// <param name="GeneratedC">The C file the IL→C compiler wrote for the program.</param>
/// <param name="OutputPath">The ELF file to write.</param>
/// <param name="OptimizationLevel">GCC's <c>-O</c> level, 0 to 3.</param>
/// <param name="NativeRuntimeDirectory">
/// The folder holding <c>core/</c> (target-independent C runtime) and <c>platform/&lt;name&gt;/</c>.
/// </param>
/// <param name="ExtraSources">More C or assembly files to compile into the program.</param>
/// <param name="LinkerScript">A linker script to use instead of the target's default, if any.</param>
/// <param name="DebugInfo">
/// Compile with GCC's <c>-g</c> (DWARF for gdb). Leaving it out changes no code (GCC keeps code
/// generation independent of <c>-g</c>) and makes building much faster; kernel images always need
/// it, because their pc → C# line table is built from it.
/// </param>
public sealed record LinkRequest(
    string GeneratedC,
    string OutputPath,
    int OptimizationLevel,
    string NativeRuntimeDirectory,
    IReadOnlyList<string> ExtraSources,
    string? LinkerScript,
    bool DebugInfo = true);
