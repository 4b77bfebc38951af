using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Rivet.Tests.Infrastructure
{
    /// <summary>
    /// Declarations with the exact shape docs/runtime-abi.md gives them, for test compilations
    /// while corlib does not declare them yet. A stub is added only when corlib lacks the type,
    /// so tests switch to the real declarations as soon as they exist.
    /// </summary>
    public static class CorlibStubs
    {
        private static readonly (string MetadataName, string Source)[] s_stubs =
        {
            ("Rivet.Hardware.Csr", """
                namespace Rivet.Hardware
                {
                    public static class Csr
                    {
                        public static nuint Read(int csr) => 0;
                        public static void Write(int csr, nuint value) { }
                        public static void Set(int csr, nuint mask) { }
                        public static void Clear(int csr, nuint mask) { }
                        public static nuint Swap(int csr, nuint value) => 0;
                    }
                }
                """),
            ("System.Runtime.InteropServices.StructLayoutAttribute", """
                namespace System.Runtime.InteropServices
                {
                    public enum LayoutKind { Sequential = 0, Explicit = 2, Auto = 3 }
                    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
                    public sealed class StructLayoutAttribute : Attribute
                    {
                        public StructLayoutAttribute(LayoutKind layoutKind) { Value = layoutKind; }
                        public LayoutKind Value { get; }
                        public int Pack;
                        public int Size;
                    }
                }
                """),
            ("System.Runtime.InteropServices.FieldOffsetAttribute", """
                namespace System.Runtime.InteropServices
                {
                    [AttributeUsage(AttributeTargets.Field, Inherited = false)]
                    public sealed class FieldOffsetAttribute : Attribute
                    {
                        public FieldOffsetAttribute(int offset) { Value = offset; }
                        public int Value { get; }
                    }
                }
                """),
        };

        public static IEnumerable<(string Name, string Text)> Missing(Compilation compilation)
        {
            foreach (var (metadataName, source) in s_stubs)
            {
                if (compilation.GetTypeByMetadataName(metadataName) is null)
                    yield return ("Stubs/" + metadataName + ".cs", source);
            }
        }
    }
}
