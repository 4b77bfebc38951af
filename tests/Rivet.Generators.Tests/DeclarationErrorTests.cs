using Microsoft.CodeAnalysis;
using Rivet.Tests.Infrastructure;
using Xunit;

namespace Rivet.Generators.Tests
{
    /// <summary>
    /// A declaration a generator cannot honour fails the build with the reason (an #error line in
    /// the generated file) instead of producing a wrong layout.
    /// </summary>
    public class DeclarationErrorTests
    {
        [Theory]
        [InlineData("""
            [RegisterMap]
            [Register("A", 0x00, RegisterAccess.Read, Width = 8)]
            [Register("B", 0x04, RegisterAccess.Read)]
            public static partial class Map;
            """, "Map.B overlaps A")]
        [InlineData("""
            [RegisterMap]
            [Register("A", 0x02, RegisterAccess.Read)]
            public static partial class Map;
            """, "Map.A: offset 0x2 is not aligned to its width 4")]
        [InlineData("""
            [FixedLayout]
            [FixedLayoutField("Addr", typeof(string))]
            public partial struct Desc;
            """, "Desc.Addr: string has no fixed size")]
        [InlineData("""
            [FixedLayout]
            [FixedLayoutField("A", typeof(ushort), FlexibleArray = true)]
            [FixedLayoutField("B", typeof(ushort), FlexibleArray = true)]
            public partial struct Rings;
            """, "Rings.B: only one flexible array is allowed")]
        [InlineData("""
            [BitNumbers("Small", typeof(byte))]
            public enum SmallBit { High = 8 }
            """, "SmallBit.High: bit 8 does not fit byte")]
        [InlineData("""
            [TrapFrame]
            [TrapFrameSlots("Ra", "Ra")]
            public partial struct Frame;
            """, "Frame: slot Ra is declared twice")]
        public void Invalid_declaration_fails_with_its_reason(string declaration, string reason)
        {
            var source = "using Rivet; namespace N {\n" + declaration + "\n}";

            var (output, _) = GeneratorRun.Run(RivetCompilation.Create(new[] { ("Bad.cs", source) }), "rv64");

            Assert.Contains(output.GetDiagnostics(), d => d.Id == "CS1029" && d.GetMessage().Contains(reason));
        }
    }
}
