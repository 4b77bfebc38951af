using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace System
{
    /// <summary>.NET's MathF: single-precision Math, on the C library's float functions (see Math).</summary>
    public static class MathF
    {
        public const float E = 2.71828183f;
        public const float PI = 3.14159265f;
        public const float Tau = 6.283185307f;

        public static float Abs(float x) => Math.Abs(x);
        public static float Max(float x, float y) => Math.Max(x, y);
        public static float Min(float x, float y) => Math.Min(x, y);
        public static int Sign(float x) => Math.Sign(x);

        [Intrinsic]
        public static float Sqrt(float x) => sqrtf(x);

        [Intrinsic]
        public static float Floor(float x) => floorf(x);

        [Intrinsic]
        public static float Ceiling(float x) => ceilf(x);

        [Intrinsic]
        public static float Truncate(float x) => truncf(x);

        [Intrinsic]
        public static float FusedMultiplyAdd(float x, float y, float z) => fmaf(x, y, z);

        [Intrinsic]
        public static float CopySign(float x, float y) =>
            BitConverter.Int32BitsToSingle((BitConverter.SingleToInt32Bits(x) & int.MaxValue) | (BitConverter.SingleToInt32Bits(y) & int.MinValue));

        public static float Sin(float a) => sinf(a);
        public static float Cos(float x) => cosf(x);
        public static float Tan(float x) => tanf(x);
        public static float Asin(float x) => asinf(x);
        public static float Acos(float x) => acosf(x);
        public static float Atan(float x) => atanf(x);
        public static float Sinh(float x) => sinhf(x);
        public static float Cosh(float x) => coshf(x);
        public static float Tanh(float x) => tanhf(x);
        public static float Asinh(float x) => asinhf(x);
        public static float Acosh(float x) => acoshf(x);
        public static float Atanh(float x) => atanhf(x);
        public static float Exp(float x) => expf(x);
        public static float Log(float x) => logf(x);
        public static float Log10(float x) => log10f(x);
        public static float Log2(float x) => log2f(x);
        public static float Cbrt(float x) => cbrtf(x);
        public static float Atan2(float y, float x) => atan2f(y, x);
        public static float Pow(float x, float y) => powf(x, y);
        public static float IEEERemainder(float x, float y) => remainderf(x, y);
        public static float ScaleB(float x, int n) => scalbnf(x, n);
        public static int ILogB(float x) => ilogbf(x);

        public static float Log(float x, float y) => (float)Math.Log(x, y);

        /// <summary>Ties to even, keeping the sign of zero.</summary>
        public static float Round(float x)
        {
            uint bits = (uint)BitConverter.SingleToInt32Bits(x);
            int exponent = (int)(bits >> 23) & 0xFF;
            if (exponent <= 0x7E)
            {
                if ((bits << 1) == 0) return x;
                float result = exponent == 0x7E && (bits & 0x7FFFFF) != 0 ? 1.0f : 0.0f;
                return CopySign(result, x);
            }
            if (exponent >= 0x96) return x;
            uint lastBitMask = 1u << (0x96 - exponent);
            uint roundBitsMask = lastBitMask - 1;
            bits += lastBitMask >> 1;
            if ((bits & roundBitsMask) == 0) bits &= ~lastBitMask;
            else bits &= ~roundBitsMask;
            return BitConverter.Int32BitsToSingle((int)bits);
        }

        public static float Round(float x, MidpointRounding mode)
        {
            switch (mode)
            {
                case MidpointRounding.ToEven: return Round(x);
                case MidpointRounding.AwayFromZero: return Truncate(x + CopySign(0.49999997f, x));
                case MidpointRounding.ToZero: return Truncate(x);
                case MidpointRounding.ToNegativeInfinity: return Floor(x);
                case MidpointRounding.ToPositiveInfinity: return Ceiling(x);
                default: throw new ArgumentException("The value '" + ((int)mode).ToString() + "' is not valid for this usage of the type MidpointRounding.", nameof(mode));
            }
        }

        public static float Round(float x, int digits) => Round(x, digits, MidpointRounding.ToEven);

        public static float Round(float x, int digits, MidpointRounding mode)
        {
            if ((uint)digits > 6) throw new ArgumentOutOfRangeException(nameof(digits), "Rounding digits must be between 0 and 6, inclusive.");
            if (Abs(x) < 1e8f)
            {
                float power10 = s_roundPower10[digits];
                x *= power10;
                x = Round(x, mode);
                x /= power10;
            }
            return x;
        }

        private static readonly float[] s_roundPower10 = { 1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f };

        [DllImport("*")] private static extern float sqrtf(float x);
        [DllImport("*")] private static extern float floorf(float x);
        [DllImport("*")] private static extern float ceilf(float x);
        [DllImport("*")] private static extern float truncf(float x);
        [DllImport("*")] private static extern float fmaf(float x, float y, float z);
        [DllImport("*")] private static extern float atan2f(float y, float x);
        [DllImport("*")] private static extern float powf(float x, float y);
        [DllImport("*")] private static extern float remainderf(float x, float y);
        [DllImport("*")] private static extern float scalbnf(float x, int n);
        [DllImport("*")] private static extern int ilogbf(float x);
        [DllImport("*")] private static extern float sinf(float x);
        [DllImport("*")] private static extern float cosf(float x);
        [DllImport("*")] private static extern float tanf(float x);
        [DllImport("*")] private static extern float asinf(float x);
        [DllImport("*")] private static extern float acosf(float x);
        [DllImport("*")] private static extern float atanf(float x);
        [DllImport("*")] private static extern float sinhf(float x);
        [DllImport("*")] private static extern float coshf(float x);
        [DllImport("*")] private static extern float tanhf(float x);
        [DllImport("*")] private static extern float asinhf(float x);
        [DllImport("*")] private static extern float acoshf(float x);
        [DllImport("*")] private static extern float atanhf(float x);
        [DllImport("*")] private static extern float expf(float x);
        [DllImport("*")] private static extern float logf(float x);
        [DllImport("*")] private static extern float log10f(float x);
        [DllImport("*")] private static extern float log2f(float x);
        [DllImport("*")] private static extern float cbrtf(float x);
    }
}
