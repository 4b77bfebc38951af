using System;
using System.Text;
using Rivet.Kernel.Log;
using Xunit;

namespace Rivet.Kernel.UnitTests
{
    public class LogLineTests
    {
        [Theory]
        [InlineData(0UL, 0u, 10_000_000UL, "[    0.000000] hart 0: ")]
        [InlineData(12_345_678UL, 3u, 10_000_000UL, "[    1.234567] hart 3: ")]
        [InlineData(3_600_000_000_000UL, 17u, 1_000_000_000UL, "[ 3600.000000] hart 17: ")]
        [InlineData(1_000_000_000_000_000UL, 1u, 10_000_000UL, "[100000000.000000] hart 1: ")]
        [InlineData(7UL, 0u, 3UL, "[    2.333333] hart 0: ")]
        public void PrefixShowsSecondsMicrosecondsAndHart(ulong ticks, uint hart, ulong frequency, string expected)
        {
            Span<byte> buffer = stackalloc byte[80];
            var line = new LogLine(buffer);
            LogPrefix.Write(ref line, hart, ticks, frequency);
            Assert.Equal(expected, Encoding.UTF8.GetString(line.Text));
        }

        [Fact]
        public void NumbersAndTextFormatLikeTheBcl()
        {
            Span<byte> buffer = stackalloc byte[200];
            var line = new LogLine(buffer);
            line.AppendDecimal(long.MinValue);
            line.Append(' ');
            line.AppendDecimal(ulong.MaxValue);
            line.Append(' ');
            line.AppendHex(0);
            line.Append(' ');
            line.AppendHex(0x80000000, 16);
            line.Append(' ');
            line.AppendHex(ulong.MaxValue, 20);
            line.Append(" é€😀");
            string expected = $"{long.MinValue} {ulong.MaxValue} 0x0 0x0000000080000000 0x{ulong.MaxValue:x} é€😀";
            Assert.Equal(expected, Encoding.UTF8.GetString(line.Text));
            Assert.Equal(expected + "\n", Encoding.UTF8.GetString(line.Finish()));
            Assert.False(line.Truncated);
        }

        [Fact]
        public void LoneSurrogatesBecomeReplacementCharacters()
        {
            Span<byte> buffer = stackalloc byte[32];
            var line = new LogLine(buffer);
            line.Append("a\uD800b\uDC00");
            Assert.Equal("a\uFFFDb\uFFFD", Encoding.UTF8.GetString(line.Text));
        }

        [Fact]
        public void OverflowTruncatesOnAWholeCharacterAndKeepsRoomForTheNewline()
        {
            Span<byte> buffer = stackalloc byte[8];
            var line = new LogLine(buffer);
            line.Append("abcde€");     // 5 + 3 bytes do not fit in 7
            Assert.True(line.Truncated);
            Assert.Equal("abcde", Encoding.UTF8.GetString(line.Text));
            line.Append("x");           // would fit, but the line already lost text
            line.AppendDecimal(1UL);
            Assert.Equal("abcde", Encoding.UTF8.GetString(line.Text));
            Assert.Equal("abcde\n", Encoding.UTF8.GetString(line.Finish()));

            var full = new LogLine(buffer);
            full.Append("1234567");
            Assert.False(full.Truncated);
            full.Append('8');
            Assert.True(full.Truncated);
            Assert.Equal("1234567\n", Encoding.UTF8.GetString(full.Finish()));
        }
    }
}
