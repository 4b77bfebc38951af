namespace Rivet.Compiler;

/// <summary>A program the compiler refuses to compile, with a message naming the method and
/// construct. Never swallowed: rivetc reports it and exits nonzero.</summary>
public sealed class CompileError : Exception
{
    public CompileError(string message) : base(message) { }

    public static CompileError Unsupported(Mono.Cecil.MethodReference method, string construct) =>
        new($"Method {method.DeclaringType.FullName}.{method.Name}({string.Join(", ", method.Parameters.Select(p => p.ParameterType.Name))}): {construct} is not supported");
}
