using System;
using System.Globalization;
using Xunit;

namespace Rivet.CoreLib.Tests;

/// <summary>double and float formatting must print exactly what the BCL prints.</summary>
public class DoubleFormattingTests
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Finite doubles spread over all exponents (random bit patterns), with a fixed seed.</summary>
    private static double RandomDouble(Random random)
    {
        while (true)
        {
            double value = BitConverter.Int64BitsToDouble(random.NextInt64(long.MinValue, long.MaxValue));
            if (double.IsFinite(value)) return value;
        }
    }

    private static float RandomSingle(Random random)
    {
        while (true)
        {
            float value = BitConverter.Int32BitsToSingle(random.Next(int.MinValue, int.MaxValue));
            if (float.IsFinite(value)) return value;
        }
    }

    [Fact]
    public void ShortestRoundTripMatchesBclOn200kRandomDoubles()
    {
        var random = new Random(12345);
        for (int i = 0; i < 200_000; i++)
        {
            double value = RandomDouble(random);
            Assert.Equal(value.ToString(Invariant), RivetNumber.Format(value, ""));
        }
    }

    [Fact]
    public void ShortestRoundTripMatchesBclOn200kRandomFloats()
    {
        var random = new Random(54321);
        for (int i = 0; i < 200_000; i++)
        {
            float value = RandomSingle(random);
            Assert.Equal(value.ToString(Invariant), RivetNumber.Format(value, ""));
        }
    }

    /// <summary>Doubles a program typically prints: short decimals, integers, powers of two and ten, boundaries.</summary>
    public static TheoryData<double> InterestingDoubles()
    {
        var values = new System.Collections.Generic.List<double>
        {
            0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 0.5, 0.125, 0.375, 2.5, 3.5, 9.5, 1.5, 0.05, 0.005,
            123.456, 1234567.891, 1e15, 1e16, 1e17, 1e21, 1e22, 1e23, 1e-5, 1e-4, 1.2345e-5, 123456789012345678.0,
            9007199254740992.0, 9007199254740993.0, double.MaxValue, double.MinValue, double.Epsilon, 2.2250738585072014E-308,
            2.2250738585072009E-308, Math.PI, Math.E, 299792458.0, 6.02214076e23, 1.6e-19, 4.35, 0.000123, 100.0, 1e300, 5e-324,
            double.NaN, double.PositiveInfinity, double.NegativeInfinity,
        };
        for (int e = -1074; e <= 1023; e += 7) values.Add(Math.ScaleB(1.0, e));
        var data = new TheoryData<double>();
        var seen = new System.Collections.Generic.HashSet<long>();
        foreach (double value in values)
        {
            if (seen.Add(BitConverter.DoubleToInt64Bits(value))) data.Add(value);
        }
        return data;
    }

    private static readonly string[] Formats =
    {
        "", "R", "r", "G", "g", "G1", "G2", "G5", "G15", "G17", "G20", "E", "e", "E0", "E3", "e10", "E20", "F", "F0", "F1", "F2",
        "F3", "F10", "F20", "N", "N0", "N2", "N5", "P", "P0", "P3", "C", "C0", "C3",
        "0", "0.00", "#,##0.###", "0.###E+00", "0.0e0", "#.##", "00000.0000", "#,#", "0.00;(0.00);zero", "0%", "'x'0.0\\#",
    };

    [Theory]
    [MemberData(nameof(InterestingDoubles))]
    public void EveryFormatMatchesBclOnInterestingDoubles(double value)
    {
        foreach (string format in Formats)
        {
            Assert.True(value.ToString(format, Invariant) == RivetNumber.Format(value, format), $"{value:R} \"{format}\": BCL {value.ToString(format, Invariant)}, Rivet {RivetNumber.Format(value, format)}");
            float single = (float)value;
            Assert.True(single.ToString(format, Invariant) == RivetNumber.Format(single, format), $"{single:R}f \"{format}\": BCL {single.ToString(format, Invariant)}, Rivet {RivetNumber.Format(single, format)}");
        }
    }

    [Fact]
    public void EveryFormatMatchesBclOnRandomDoubles()
    {
        var random = new Random(777);
        for (int i = 0; i < 1_000; i++)
        {
            // Alternate between arbitrary bit patterns and human-scale values.
            double value = i % 2 == 0 ? RandomDouble(random) : Math.Round((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-8, 12)), random.Next(0, 8));
            foreach (string format in Formats)
            {
                string expected = value.ToString(format, Invariant);
                string actual = RivetNumber.Format(value, format);
                Assert.True(expected == actual, $"{value:R} \"{format}\": BCL {expected}, Rivet {actual}");
            }
        }
    }

    [Fact]
    public void InvalidFormatThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => RivetNumber.Format(1.0, "D"));
        Assert.Throws<FormatException>(() => RivetNumber.Format(1.0, "X"));
    }
}
