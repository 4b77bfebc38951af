using System;
using System.Globalization;
using Xunit;

namespace Rivet.CoreLib.Tests;

/// <summary>Parsing must give the BCL's (correctly rounded) results and reject what it rejects.</summary>
public class ParsingTests
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    [Fact]
    public void DoublesRoundTripThroughEveryPrintedForm()
    {
        var random = new Random(2024);
        for (int i = 0; i < 5_000; i++)
        {
            double value = BitConverter.Int64BitsToDouble(random.NextInt64(long.MinValue, long.MaxValue));
            if (!double.IsFinite(value)) continue;
            foreach (string format in new[] { "R", "E16", "E25", "G5" })
            {
                string text = value.ToString(format, Invariant);
                Assert.True(RivetNumber.TryParseDouble(text, out double parsed), text);
                double expected = double.Parse(text, Invariant);
                Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(parsed), $"{text}: BCL {expected:R}, Rivet {parsed:R}");
            }
        }
    }

    [Fact]
    public void FloatsParseLikeBcl()
    {
        var random = new Random(4048);
        for (int i = 0; i < 10_000; i++)
        {
            float value = BitConverter.Int32BitsToSingle(random.Next(int.MinValue, int.MaxValue));
            if (!float.IsFinite(value)) continue;
            foreach (string format in new[] { "R", "E12", "G4" })
            {
                string text = value.ToString(format, Invariant);
                Assert.True(RivetNumber.TryParseSingle(text, out float parsed), text);
                float expected = float.Parse(text, Invariant);
                Assert.True(BitConverter.SingleToInt32Bits(expected) == BitConverter.SingleToInt32Bits(parsed), $"{text}: BCL {expected:R}, Rivet {parsed:R}");
            }
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("  12.5  ")]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("1e-400")]
    [InlineData("2.4703282292062327e-324")]
    [InlineData("2.4703282292062328e-324")]
    [InlineData("4.9406564584124654e-324")]
    [InlineData("1.7976931348623157e308")]
    [InlineData("1.7976931348623158e308")]
    [InlineData("1.7976931348623159e308")]
    [InlineData("9007199254740993")]
    [InlineData("0.1")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("1,234.5")]
    [InlineData("+3.25E+2")]
    [InlineData("NaN")]
    [InlineData("-nan")]
    [InlineData("Infinity")]
    [InlineData("-infinity")]
    [InlineData("\u221E")]
    [InlineData("123456789012345678901234567890123456789012345678901234567890")]
    [InlineData("0.000000000000000000000000000000000000000000000000000000000000001")]
    [InlineData("2.2250738585072011e-308")]
    [InlineData("2.2250738585072012e-308")]
    [InlineData("3.4028235e38")]
    [InlineData("3.4028236e38")]
    [InlineData("1.4e-45")]
    [InlineData("7e-46")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("1e")]
    [InlineData("--1")]
    [InlineData("1.2.3")]
    [InlineData(" ")]
    [InlineData("0x10")]
    public void EdgeCasesMatchBcl(string text)
    {
        bool bclOk = double.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, Invariant, out double expected);
        bool ok = RivetNumber.TryParseDouble(text, out double parsed);
        Assert.Equal(bclOk, ok);
        if (ok) Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(parsed));

        bool bclSingleOk = float.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, Invariant, out float expectedSingle);
        bool singleOk = RivetNumber.TryParseSingle(text, out float parsedSingle);
        Assert.Equal(bclSingleOk, singleOk);
        if (singleOk) Assert.Equal(BitConverter.SingleToInt32Bits(expectedSingle), BitConverter.SingleToInt32Bits(parsedSingle));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("+17")]
    [InlineData("  42  ")]
    [InlineData("2147483647")]
    [InlineData("2147483648")]
    [InlineData("-2147483648")]
    [InlineData("-2147483649")]
    [InlineData("99999999999999999999999")]
    [InlineData("12a")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("1 2")]
    [InlineData("007")]
    public void Int32ParsingMatchesBcl(string text)
    {
        var status = Number.TryParseInteger(text, NumberStyles.Integer, isSigned: true, int.MaxValue, uint.MaxValue, out ulong magnitude, out bool negative);
        bool bclOk = int.TryParse(text, NumberStyles.Integer, Invariant, out int expected);
        Assert.Equal(bclOk, status == Number.ParsingStatus.OK);
        if (bclOk) Assert.Equal(expected, (int)(negative ? -(long)magnitude : (long)magnitude));
        else
        {
            bool bclOverflow = false;
            try { int.Parse(text, NumberStyles.Integer, Invariant); }
            catch (OverflowException) { bclOverflow = true; }
            catch (FormatException) { }
            Assert.Equal(bclOverflow, status == Number.ParsingStatus.Overflow);
        }
    }

    [Theory]
    [InlineData("FF", 255)]
    [InlineData("ffffffff", -1)]
    [InlineData("7FFFFFFF", int.MaxValue)]
    [InlineData("0", 0)]
    public void HexParsingGivesBits(string text, int expected)
    {
        var status = Number.TryParseInteger(text, NumberStyles.HexNumber, isSigned: true, int.MaxValue, uint.MaxValue, out ulong bits, out _);
        Assert.Equal(Number.ParsingStatus.OK, status);
        Assert.Equal(expected, unchecked((int)(uint)bits));
        Assert.Equal(expected, int.Parse(text, NumberStyles.HexNumber, Invariant));
    }

    [Fact]
    public void HexOverflowIsReported()
    {
        var status = Number.TryParseInteger("1FFFFFFFF", NumberStyles.HexNumber, isSigned: true, int.MaxValue, uint.MaxValue, out _, out _);
        Assert.Equal(Number.ParsingStatus.Overflow, status);
    }
}
