using System.Linq;
using Microsoft.CodeAnalysis;
using Rivet.Tests.Infrastructure;
using Xunit;

namespace Rivet.Generators.Tests
{
    /// <summary>Behaviour of the CSR generator beyond the snapshots: access rules, XLEN handling, errors.</summary>
    public class CsrTests
    {
        [Theory]
        [InlineData("Time")]
        [InlineData("Mhartid")]
        public void Read_only_csrs_have_no_writers(string csr)
        {
            var type = Declarations.Generated("rv64").GetTypeByMetadataName("Rivet.Arch.RiscV." + csr)!;

            Assert.Single(type.GetMembers("Read"));
            Assert.Empty(type.GetMembers("Write"));
            Assert.Empty(type.GetMembers("Set"));
        }

        [Fact]
        public void Read_only_fields_have_no_setters()
        {
            var type = Declarations.Generated("rv64").GetTypeByMetadataName("Rivet.Arch.RiscV.Sstatus")!;

            Assert.Single(type.GetMembers("Sd"));
            Assert.Empty(type.GetMembers("WithSd"));
            Assert.Empty(type.GetMembers("SetSd"));
            Assert.Single(type.GetMembers("SetSie"));
        }

        [Theory]
        [InlineData("rv64", true)]
        [InlineData("rv32", false)]
        public void Rv64_only_fields_exist_only_on_rv64(string arch, bool present)
        {
            var type = Declarations.Generated(arch).GetTypeByMetadataName("Rivet.Arch.RiscV.Sstatus")!;

            Assert.Equal(present, type.GetMembers("Uxl").Any());
        }

        [Theory]
        [InlineData("rv64", false)]
        [InlineData("rv32", true)]
        public void Csr_of_one_xlen_gets_members_only_there(string arch, bool present)
        {
            var type = Declarations.Generated(arch).GetTypeByMetadataName("Rivet.Arch.RiscV.Menvcfgh")!;

            Assert.Equal(present, type.GetMembers("Read").Any());
        }

        [Theory]
        [InlineData("rv64", "Write(Number, (nuint)value)")]
        [InlineData("rv32", "Write(Number, (nuint)0xFFFFFFFFu);")]
        public void Compare_register_is_written_without_a_spurious_interrupt(string arch, string firstWrite)
        {
            var (_, generated) = GeneratorRun.Run(Declarations.Compile(), arch);

            var write64 = generated["Rivet.Arch.RiscV.Stimecmp.Csr.g.cs"];
            var body = write64.Substring(write64.IndexOf("Write64(ulong value)"));
            Assert.Contains(firstWrite, body);
        }

        [Theory]
        [InlineData("rv64", "(Raw >> 60) & (nuint)0xFu")]
        [InlineData("rv32", "(Raw >> 31) & (nuint)0x1u")]
        public void Satp_mode_follows_the_xlen_layout(string arch, string expression)
        {
            var (_, generated) = GeneratorRun.Run(Declarations.Compile(), arch);

            Assert.Contains(expression, generated["Rivet.Arch.RiscV.Satp.Csr.g.cs"]);
        }

        [Theory]
        [InlineData("[CsrField(\"A\", 0, 4)] [CsrField(\"B\", 3)]", "Bad.B overlaps A")]
        [InlineData("[CsrField(\"A\", 62, 4)]", "Bad.A: bits 62..65 do not fit XLEN=64")]
        [InlineData("[CsrField(\"A\", 1)] [CsrField(\"A\", 2)]", "Bad.A is declared twice for XLEN=64")]
        public void Invalid_declarations_fail_the_build_with_a_reason(string fields, string reason)
        {
            var source = $"using Rivet; namespace N {{ [Csr(0x140)] {fields} public partial struct Bad; }}";

            var (output, _) = GeneratorRun.Run(RivetCompilation.Create(new[] { ("Bad.cs", source) }), "rv64");

            var error = Assert.Single(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
            Assert.Equal("CS1029", error.Id); // #error
            Assert.Contains(reason, error.GetMessage());
        }
    }
}
