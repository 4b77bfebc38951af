using System;

namespace Rivet.Compiler.Targets.SourceLines;

/// <summary>The linked image's ELF file or DWARF line information cannot be read, or the table built from it cannot be encoded.</summary>
public sealed class SourceLineException(string message) : Exception(message);
