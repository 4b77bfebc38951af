using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace System
{
    /// <summary>
    /// .NET's Math. Operations that are one instruction (Sqrt, Abs, Floor, Ceiling, Truncate, FusedMultiplyAdd,
    /// CopySign) are compiler intrinsics with managed fallbacks; transcendental functions call the C
    /// library's &lt;math.h&gt; (glibc on the host, as CoreCLR does; newlib/picolibc libm on RISC-V).
    /// </summary>
    public static partial class Math
    {
        public const double E = 2.7182818284590452354;
        public const double PI = 3.14159265358979323846;
        public const double Tau = 6.283185307179586476925;

        private const string NaNArithmeticMessage = "Function does not accept floating point Not-a-Number values.";
        private const string NegateMinValueMessage = "Negating the minimum value of a twos complement number is invalid.";
        private static readonly double[] s_roundPower10 =
        {
            1E0, 1E1, 1E2, 1E3, 1E4, 1E5, 1E6, 1E7, 1E8, 1E9, 1E10, 1E11, 1E12, 1E13, 1E14, 1E15,
        };

        public static sbyte Abs(sbyte value) => value < 0 ? (value == sbyte.MinValue ? throw new OverflowException(NegateMinValueMessage) : (sbyte)-value) : value;
        public static short Abs(short value) => value < 0 ? (value == short.MinValue ? throw new OverflowException(NegateMinValueMessage) : (short)-value) : value;
        public static int Abs(int value) => value < 0 ? (value == int.MinValue ? throw new OverflowException(NegateMinValueMessage) : -value) : value;
        public static long Abs(long value) => value < 0 ? (value == long.MinValue ? throw new OverflowException(NegateMinValueMessage) : -value) : value;
        public static nint Abs(nint value) => value < 0 ? (value == nint.MinValue ? throw new OverflowException(NegateMinValueMessage) : -value) : value;

        [Intrinsic]
        public static double Abs(double value) => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(value) & long.MaxValue);

        [Intrinsic]
        public static float Abs(float value) => BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(value) & int.MaxValue);

        public static byte Max(byte val1, byte val2) => val1 >= val2 ? val1 : val2;
        public static sbyte Max(sbyte val1, sbyte val2) => val1 >= val2 ? val1 : val2;
        public static short Max(short val1, short val2) => val1 >= val2 ? val1 : val2;
        public static ushort Max(ushort val1, ushort val2) => val1 >= val2 ? val1 : val2;
        public static int Max(int val1, int val2) => val1 >= val2 ? val1 : val2;
        public static uint Max(uint val1, uint val2) => val1 >= val2 ? val1 : val2;
        public static long Max(long val1, long val2) => val1 >= val2 ? val1 : val2;
        public static ulong Max(ulong val1, ulong val2) => val1 >= val2 ? val1 : val2;
        public static nint Max(nint val1, nint val2) => val1 >= val2 ? val1 : val2;
        public static nuint Max(nuint val1, nuint val2) => val1 >= val2 ? val1 : val2;

        /// <summary>NaN if either is NaN; +0 is greater than -0 (IEEE 754:2019 maximum).</summary>
        public static double Max(double val1, double val2)
        {
            if (val1 != val2)
            {
                if (!double.IsNaN(val1)) return val2 < val1 ? val1 : val2;
                return val1;
            }
            return double.IsNegative(val2) ? val1 : val2;
        }

        public static float Max(float val1, float val2)
        {
            if (val1 != val2)
            {
                if (!float.IsNaN(val1)) return val2 < val1 ? val1 : val2;
                return val1;
            }
            return float.IsNegative(val2) ? val1 : val2;
        }

        public static byte Min(byte val1, byte val2) => val1 <= val2 ? val1 : val2;
        public static sbyte Min(sbyte val1, sbyte val2) => val1 <= val2 ? val1 : val2;
        public static short Min(short val1, short val2) => val1 <= val2 ? val1 : val2;
        public static ushort Min(ushort val1, ushort val2) => val1 <= val2 ? val1 : val2;
        public static int Min(int val1, int val2) => val1 <= val2 ? val1 : val2;
        public static uint Min(uint val1, uint val2) => val1 <= val2 ? val1 : val2;
        public static long Min(long val1, long val2) => val1 <= val2 ? val1 : val2;
        public static ulong Min(ulong val1, ulong val2) => val1 <= val2 ? val1 : val2;
        public static nint Min(nint val1, nint val2) => val1 <= val2 ? val1 : val2;
        public static nuint Min(nuint val1, nuint val2) => val1 <= val2 ? val1 : val2;

        /// <summary>NaN if either is NaN; -0 is less than +0 (IEEE 754:2019 minimum).</summary>
        public static double Min(double val1, double val2)
        {
            if (val1 != val2 && !double.IsNaN(val1)) return val1 < val2 ? val1 : val2;
            return double.IsNegative(val1) ? val1 : val2;
        }

        public static float Min(float val1, float val2)
        {
            if (val1 != val2 && !float.IsNaN(val1)) return val1 < val2 ? val1 : val2;
            return float.IsNegative(val1) ? val1 : val2;
        }

        public static double MaxMagnitude(double x, double y)
        {
            double ax = Abs(x);
            double ay = Abs(y);
            if (ax > ay || double.IsNaN(ax)) return x;
            if (ax == ay) return double.IsNegative(x) ? y : x;
            return y;
        }

        public static double MinMagnitude(double x, double y)
        {
            double ax = Abs(x);
            double ay = Abs(y);
            if (ax < ay || double.IsNaN(ax)) return x;
            if (ax == ay) return double.IsNegative(x) ? x : y;
            return y;
        }

        public static int Clamp(int value, int min, int max)
        {
            if (min > max) ThrowMinMaxException(min, max);
            return value < min ? min : value > max ? max : value;
        }

        public static uint Clamp(uint value, uint min, uint max)
        {
            if (min > max) ThrowMinMaxException(min, max);
            return value < min ? min : value > max ? max : value;
        }

        public static long Clamp(long value, long min, long max)
        {
            if (min > max) ThrowMinMaxException(min, max);
            return value < min ? min : value > max ? max : value;
        }

        public static ulong Clamp(ulong value, ulong min, ulong max)
        {
            if (min > max) ThrowMinMaxException(min, max);
            return value < min ? min : value > max ? max : value;
        }

        public static short Clamp(short value, short min, short max) => (short)Clamp((int)value, min, max);
        public static ushort Clamp(ushort value, ushort min, ushort max) => (ushort)Clamp((uint)value, min, max);
        public static byte Clamp(byte value, byte min, byte max) => (byte)Clamp((uint)value, min, max);
        public static sbyte Clamp(sbyte value, sbyte min, sbyte max) => (sbyte)Clamp((int)value, min, max);
        public static nint Clamp(nint value, nint min, nint max) => (nint)Clamp((long)value, min, max);
        public static nuint Clamp(nuint value, nuint min, nuint max) => (nuint)Clamp((ulong)value, min, max);

        public static double Clamp(double value, double min, double max)
        {
            if (min > max) ThrowMinMaxException(min, max);
            if (value < min) return min;
            if (value > max) return max;
            return value;
        }

        public static float Clamp(float value, float min, float max)
        {
            if (min > max) ThrowMinMaxException(min, max);
            if (value < min) return min;
            if (value > max) return max;
            return value;
        }

        private static void ThrowMinMaxException<T>(T min, T max) =>
            throw new ArgumentException("'" + min!.ToString() + "' cannot be greater than " + max!.ToString() + ".");

        public static int Sign(int value) => (value >> 31) | (int)((uint)-value >> 31);
        public static int Sign(long value) => (int)((value >> 63) | (long)((ulong)-value >> 63));
        public static int Sign(sbyte value) => Sign((int)value);
        public static int Sign(short value) => Sign((int)value);
        public static int Sign(nint value) => Sign((long)value);

        public static int Sign(double value)
        {
            if (value < 0) return -1;
            if (value > 0) return 1;
            if (value == 0) return 0;
            throw new ArithmeticException(NaNArithmeticMessage);
        }

        public static int Sign(float value)
        {
            if (value < 0) return -1;
            if (value > 0) return 1;
            if (value == 0) return 0;
            throw new ArithmeticException(NaNArithmeticMessage);
        }

        public static long BigMul(int a, int b) => (long)a * b;

        public static ulong BigMul(uint a, uint b) => (ulong)a * b;

        /// <summary>The high 64 bits of the 128-bit product; the low 64 bits go to <paramref name="low"/>.</summary>
        public static ulong BigMul(ulong a, ulong b, out ulong low)
        {
            ulong aLow = (uint)a, aHigh = a >> 32, bLow = (uint)b, bHigh = b >> 32;
            ulong lowLow = aLow * bLow;
            ulong highLow = aHigh * bLow;
            ulong lowHigh = aLow * bHigh;
            ulong highHigh = aHigh * bHigh;
            ulong cross = (lowLow >> 32) + (uint)highLow + lowHigh;
            low = (cross << 32) | (uint)lowLow;
            return highHigh + (highLow >> 32) + (cross >> 32);
        }

        public static long BigMul(long a, long b, out long low)
        {
            ulong high = BigMul((ulong)a, (ulong)b, out ulong ulow);
            low = (long)ulow;
            return (long)high - ((a >> 63) & b) - ((b >> 63) & a);
        }

        public static int DivRem(int a, int b, out int result)
        {
            int div = a / b;
            result = a - div * b;
            return div;
        }

        public static long DivRem(long a, long b, out long result)
        {
            long div = a / b;
            result = a - div * b;
            return div;
        }

        public static (int Quotient, int Remainder) DivRem(int left, int right)
        {
            int quotient = left / right;
            return (quotient, left - quotient * right);
        }

        public static (long Quotient, long Remainder) DivRem(long left, long right)
        {
            long quotient = left / right;
            return (quotient, left - quotient * right);
        }

        public static (uint Quotient, uint Remainder) DivRem(uint left, uint right)
        {
            uint quotient = left / right;
            return (quotient, left - quotient * right);
        }

        public static (ulong Quotient, ulong Remainder) DivRem(ulong left, ulong right)
        {
            ulong quotient = left / right;
            return (quotient, left - quotient * right);
        }

        [Intrinsic]
        public static double Sqrt(double d) => sqrt(d);

        [Intrinsic]
        public static double Floor(double d) => floor(d);

        [Intrinsic]
        public static double Ceiling(double a) => ceil(a);

        [Intrinsic]
        public static double Truncate(double d) => trunc(d);

        [Intrinsic]
        public static double FusedMultiplyAdd(double x, double y, double z) => fma(x, y, z);

        [Intrinsic]
        public static double CopySign(double x, double y) =>
            BitConverter.Int64BitsToDouble((BitConverter.DoubleToInt64Bits(x) & long.MaxValue) | (BitConverter.DoubleToInt64Bits(y) & long.MinValue));

        public static double Sin(double a) => sin(a);
        public static double Cos(double d) => cos(d);
        public static double Tan(double a) => tan(a);
        public static double Asin(double d) => asin(d);
        public static double Acos(double d) => acos(d);
        public static double Atan(double d) => atan(d);
        public static double Atan2(double y, double x) => atan2(y, x);
        public static double Sinh(double value) => sinh(value);
        public static double Cosh(double value) => cosh(value);
        public static double Tanh(double value) => tanh(value);
        public static double Asinh(double d) => asinh(d);
        public static double Acosh(double d) => acosh(d);
        public static double Atanh(double d) => atanh(d);
        public static double Exp(double d) => exp(d);
        public static double Log(double d) => log(d);
        public static double Log10(double d) => log10(d);
        public static double Log2(double x) => log2(x);
        public static double Pow(double x, double y) => pow(x, y);
        public static double Cbrt(double d) => cbrt(d);
        public static double ScaleB(double x, int n) => scalbn(x, n);
        public static (double Sin, double Cos) SinCos(double x) => (sin(x), cos(x));

        public static double Log(double a, double newBase)
        {
            if (double.IsNaN(a)) return a;
            if (double.IsNaN(newBase)) return newBase;
            if (newBase == 1) return double.NaN;
            if (a != 1 && (newBase == 0 || double.IsPositiveInfinity(newBase))) return double.NaN;
            return Log(a) / Log(newBase);
        }

        public static int ILogB(double x) => ilogb(x);

        /// <summary>x - y·round-to-even(x / y) (IEEE 754 remainder).</summary>
        public static double IEEERemainder(double x, double y) => remainder(x, y);

        public static double BitIncrement(double x)
        {
            long bits = BitConverter.DoubleToInt64Bits(x);
            if ((bits & 0x7FF0000000000000) >= 0x7FF0000000000000) return bits == unchecked((long)0xFFF0000000000000) ? double.MinValue : x;
            if (bits == unchecked((long)0x8000000000000000)) return double.Epsilon;
            bits += bits < 0 ? -1 : 1;
            return BitConverter.Int64BitsToDouble(bits);
        }

        public static double BitDecrement(double x)
        {
            long bits = BitConverter.DoubleToInt64Bits(x);
            if ((bits & 0x7FF0000000000000) >= 0x7FF0000000000000) return bits == 0x7FF0000000000000 ? double.MaxValue : x;
            if (bits == 0) return -double.Epsilon;
            bits += bits < 0 ? 1 : -1;
            return BitConverter.Int64BitsToDouble(bits);
        }

        /// <summary>Rounds to the nearest integer, ties to even, keeping the sign of zero.</summary>
        public static double Round(double a)
        {
            ulong bits = (ulong)BitConverter.DoubleToInt64Bits(a);
            int exponent = (int)(bits >> 52) & 0x7FF;
            if (exponent <= 0x3FE)
            {
                if ((bits << 1) == 0) return a;
                double result = exponent == 0x3FE && (bits & 0xFFFFFFFFFFFFF) != 0 ? 1.0 : 0.0;
                return CopySign(result, a);
            }
            if (exponent >= 0x433) return a;
            ulong lastBitMask = 1UL << (0x433 - exponent);
            ulong roundBitsMask = lastBitMask - 1;
            bits += lastBitMask >> 1;
            if ((bits & roundBitsMask) == 0) bits &= ~lastBitMask;
            else bits &= ~roundBitsMask;
            return BitConverter.Int64BitsToDouble((long)bits);
        }

        public static double Round(double value, int digits) => Round(value, digits, MidpointRounding.ToEven);

        public static double Round(double value, MidpointRounding mode)
        {
            switch (mode)
            {
                case MidpointRounding.ToEven: return Round(value);
                case MidpointRounding.AwayFromZero: return Truncate(value + CopySign(0.49999999999999994, value));
                case MidpointRounding.ToZero: return Truncate(value);
                case MidpointRounding.ToNegativeInfinity: return Floor(value);
                case MidpointRounding.ToPositiveInfinity: return Ceiling(value);
                default: throw new ArgumentException("The value '" + ((int)mode).ToString() + "' is not valid for this usage of the type MidpointRounding.", nameof(mode));
            }
        }

        /// <summary>Scales by 10^digits, rounds, scales back (as .NET; only below 1e16, where a fraction exists).</summary>
        public static double Round(double value, int digits, MidpointRounding mode)
        {
            if ((uint)digits > 15) throw new ArgumentOutOfRangeException(nameof(digits), "Rounding digits must be between 0 and 15, inclusive.");
            if (Abs(value) < 1e16)
            {
                double power10 = s_roundPower10[digits];
                value *= power10;
                value = Round(value, mode);
                value /= power10;
            }
            return value;
        }

        [DllImport("*")] private static extern double sqrt(double x);
        [DllImport("*")] private static extern double floor(double x);
        [DllImport("*")] private static extern double ceil(double x);
        [DllImport("*")] private static extern double trunc(double x);
        [DllImport("*")] private static extern double fma(double x, double y, double z);
        [DllImport("*")] private static extern double sin(double x);
        [DllImport("*")] private static extern double cos(double x);
        [DllImport("*")] private static extern double tan(double x);
        [DllImport("*")] private static extern double asin(double x);
        [DllImport("*")] private static extern double acos(double x);
        [DllImport("*")] private static extern double atan(double x);
        [DllImport("*")] private static extern double atan2(double y, double x);
        [DllImport("*")] private static extern double sinh(double x);
        [DllImport("*")] private static extern double cosh(double x);
        [DllImport("*")] private static extern double tanh(double x);
        [DllImport("*")] private static extern double asinh(double x);
        [DllImport("*")] private static extern double acosh(double x);
        [DllImport("*")] private static extern double atanh(double x);
        [DllImport("*")] private static extern double exp(double x);
        [DllImport("*")] private static extern double log(double x);
        [DllImport("*")] private static extern double log10(double x);
        [DllImport("*")] private static extern double log2(double x);
        [DllImport("*")] private static extern double pow(double x, double y);
        [DllImport("*")] private static extern double cbrt(double x);
        [DllImport("*")] private static extern double scalbn(double x, int n);
        [DllImport("*")] private static extern int ilogb(double x);
        [DllImport("*")] private static extern double remainder(double x, double y);
    }

    public enum MidpointRounding
    {
        ToEven = 0,
        AwayFromZero = 1,
        ToZero = 2,
        ToNegativeInfinity = 3,
        ToPositiveInfinity = 4,
    }
}
