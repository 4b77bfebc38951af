namespace Rivet.Compiler;

/// <summary>What the IL→C compiler writes for one program.</summary>
/// <param name="C">The single C file: structs, descriptors, functions, <c>rivet_main</c>.</param>
/// <param name="ExportsHeader">
/// <c>rivet_exports.h</c>, the program's exported constants for its C and assembly sources, or null
/// when it exports none (docs/runtime-abi.md § Exported constants).
/// </param>
public sealed record GeneratedProgram(string C, string? ExportsHeader);
