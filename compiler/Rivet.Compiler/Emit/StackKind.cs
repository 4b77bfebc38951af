namespace Rivet.Compiler.Emit;

/// <summary>The kinds of values on the IL evaluation stack (ECMA-335 I.12.3.2.1), with F split
/// into float32 and float64 as CoreCLR computes them, and & and * merged into Pointer.</summary>
public enum StackKind { Int32, Int64, NativeInt, Float32, Float64, Object, Pointer, Struct }
