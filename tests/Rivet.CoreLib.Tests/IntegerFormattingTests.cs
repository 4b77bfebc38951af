using System;
using System.Globalization;
using Xunit;

namespace Rivet.CoreLib.Tests;

/// <summary>Integer formatting must print exactly what the BCL prints, for every integer width.</summary>
public class IntegerFormattingTests
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly string[] Formats =
    {
        "", "D", "d", "D1", "D4", "D20", "X", "x", "X2", "x8", "X16", "B", "B8", "N", "N0", "N2", "F", "F0", "F3", "E", "e2", "E0", "G", "G1",
        "G3", "G20", "P", "P0", "C", "C1", "R", "0", "0000", "#,##0", "#,##0.00", "0.###E+0", "#", "00-00", "0;(0);zero", "0,,", "0%",
    };

    private static long[] Samples()
    {
        var values = new System.Collections.Generic.List<long>
        {
            0, 1, -1, 9, 10, 99, 100, 255, 256, -128, 127, 32767, -32768, 65535, 1000, 12345, -12345, 999999, 1000000,
            int.MaxValue, int.MinValue, uint.MaxValue, long.MaxValue, long.MinValue, 5, 15, 45, 95, 994, 995, 999, 9995,
        };
        var random = new Random(99);
        for (int i = 0; i < 300; i++) values.Add(random.NextInt64(long.MinValue, long.MaxValue) >> random.Next(0, 63));
        return values.ToArray();
    }

    [Fact]
    public void Int32MatchesBcl()
    {
        foreach (long sample in Samples())
        {
            int value = unchecked((int)sample);
            foreach (string format in Formats)
                Assert.True(value.ToString(format, Invariant) == RivetNumber.Format(value, uint.MaxValue, format), $"{value} \"{format}\": BCL {value.ToString(format, Invariant)}, Rivet {RivetNumber.Format(value, uint.MaxValue, format)}");
        }
    }

    [Fact]
    public void Int64MatchesBcl()
    {
        foreach (long value in Samples())
        {
            foreach (string format in Formats)
                Assert.True(value.ToString(format, Invariant) == RivetNumber.Format(value, ulong.MaxValue, format), $"{value} \"{format}\": BCL {value.ToString(format, Invariant)}, Rivet {RivetNumber.Format(value, ulong.MaxValue, format)}");
        }
    }

    [Fact]
    public void UInt64MatchesBcl()
    {
        foreach (long sample in Samples())
        {
            ulong value = unchecked((ulong)sample);
            foreach (string format in Formats)
                Assert.True(value.ToString(format, Invariant) == RivetNumber.Format(value, format), $"{value} \"{format}\": BCL {value.ToString(format, Invariant)}, Rivet {RivetNumber.Format(value, format)}");
        }
    }

    [Fact]
    public void SmallTypesUseTheirOwnWidthForHex()
    {
        foreach (long sample in Samples())
        {
            short int16 = unchecked((short)sample);
            sbyte int8 = unchecked((sbyte)sample);
            Assert.Equal(int16.ToString("X", Invariant), RivetNumber.Format(int16, 0xFFFF, "X"));
            Assert.Equal(int8.ToString("x4", Invariant), RivetNumber.Format(int8, 0xFF, "x4"));
            Assert.Equal(int8.ToString("B", Invariant), RivetNumber.Format(int8, 0xFF, "B"));
        }
    }
}
