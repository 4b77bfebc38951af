using System.Linq;
using Rivet.Tests.Infrastructure;
using Xunit;

namespace Rivet.Generators.Tests
{
    /// <summary>The trap frame's offsets for each XLEN, for the shipped and for a test declaration.</summary>
    public class TrapFrameTests
    {
        private static readonly string[] s_registers =
        {
            "Ra", "Sp", "Gp", "Tp", "T0", "T1", "T2", "S0", "S1", "A0", "A1", "A2", "A3", "A4", "A5", "A6", "A7",
            "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9", "S10", "S11", "T3", "T4", "T5", "T6",
        };

        [Theory]
        [InlineData("rv64", 8)]
        [InlineData("rv32", 4)]
        public void Register_xn_is_saved_at_slot_n_minus_1(string arch, int slotSize)
        {
            var generated = Declarations.Generated(arch);

            for (var i = 0; i < s_registers.Length; i++)
                Assert.Equal(i * slotSize, Constants.Int(generated, "Rivet.Arch.RiscV.TrapFrameOffsets", s_registers[i]));
            Assert.Equal(31 * slotSize, Constants.Int(generated, "Rivet.Arch.RiscV.TrapFrameOffsets", "Sepc"));
        }

        [Theory]
        [InlineData("rv64", 576)] // 38 slots × 8 + 33 float slots (f0..f31, fcsr) × 8 = 568, rounded up to 16
        [InlineData("rv32", 160)] // 38 slots × 4 = 152, rounded up to 16; rv32imac has no float slots
        public void Size_is_rounded_to_stack_alignment(string arch, int size) =>
            Assert.Equal(size, Constants.Int(Declarations.Generated(arch), "Rivet.Arch.RiscV.TrapFrameOffsets", "Size"));

        [Theory]
        [InlineData("rv64", true)]
        [InlineData("rv32", false)]
        public void Float_slots_exist_only_with_the_d_extension(string arch, bool present)
        {
            const string source = """
                using Rivet;
                namespace Frames
                {
                    [TrapFrame(OffsetsClass = "Saved")]
                    [TrapFrameSlots("Ra", "Sp", "Gp")]
                    [TrapFrameFloatSlots("Fs0", "Fs1")]
                    [TrapFrameSlots("Sepc")]
                    public partial struct Frame;
                }
                """;
            var (output, _) = GeneratorRun.Run(RivetCompilation.Create(new[] { ("Frame.cs", source) }), arch);

            Assert.Empty(GeneratorRun.Problems(output));
            var saved = output.GetTypeByMetadataName("Frames.Saved")!;
            Assert.Equal(present, saved.GetMembers("Fs0").Any());
            // rv64: Ra 0, Sp 8, Gp 16, Fs0 24, Fs1 32, Sepc 40. rv32: Ra 0, Sp 4, Gp 8, Sepc 12.
            Assert.Equal(present ? 40 : 12, Constants.Int(output, "Frames.Saved", "Sepc"));
        }
    }
}
