namespace System
{
    /// <summary>
    /// .NET's Random. A seeded instance uses the same subtractive generator as .NET (Knuth's, the
    /// "Net5CompatSeedImpl"), so it yields exactly CoreCLR's sequence for the same seed. An unseeded
    /// instance cannot draw entropy on Rivet and is seeded from a fixed value instead, so its
    /// sequence is the same on every run.
    /// </summary>
    public class Random
    {
        private const int MSeed = 161803398;
        private const int UnseededSeed = 0x2545F491;
        private readonly int[] _seedArray = new int[56];
        private int _inext;
        private int _inextp;

        public Random() : this(UnseededSeed) { }

        public Random(int Seed)
        {
            int subtraction = Seed == int.MinValue ? int.MaxValue : Math.Abs(Seed);
            int mj = MSeed - subtraction;
            _seedArray[55] = mj;
            int mk = 1;
            int ii = 0;
            for (int i = 1; i < 55; i++)
            {
                if ((ii += 21) >= 55) ii -= 55;
                _seedArray[ii] = mk;
                mk = mj - mk;
                if (mk < 0) mk += int.MaxValue;
                mj = _seedArray[ii];
            }
            for (int k = 1; k < 5; k++)
            {
                for (int i = 1; i < 56; i++)
                {
                    int n = i + 30;
                    if (n >= 55) n -= 55;
                    _seedArray[i] -= _seedArray[1 + n];
                    if (_seedArray[i] < 0) _seedArray[i] += int.MaxValue;
                }
            }
            _inextp = 21;
        }

        public static Random Shared { get; } = new Random();

        /// <summary>The next raw value in [0, int.MaxValue).</summary>
        private int InternalSample()
        {
            int locINext = _inext;
            if (++locINext >= 56) locINext = 1;
            int locINextp = _inextp;
            if (++locINextp >= 56) locINextp = 1;
            int retVal = _seedArray[locINext] - _seedArray[locINextp];
            if (retVal == int.MaxValue) retVal--;
            if (retVal < 0) retVal += int.MaxValue;
            _seedArray[locINext] = retVal;
            _inext = locINext;
            _inextp = locINextp;
            return retVal;
        }

        protected virtual double Sample() => InternalSample() * (1.0 / int.MaxValue);

        private double GetSampleForLargeRange()
        {
            int result = InternalSample();
            if (InternalSample() % 2 == 0) result = -result;
            double d = result;
            d += int.MaxValue - 1;
            d /= 2.0 * int.MaxValue - 1;
            return d;
        }

        public virtual int Next() => InternalSample();

        public virtual int Next(int maxValue)
        {
            if (maxValue < 0) throw new ArgumentOutOfRangeException(nameof(maxValue), "'maxValue' must be greater than zero.");
            return (int)(Sample() * maxValue);
        }

        public virtual int Next(int minValue, int maxValue)
        {
            if (minValue > maxValue) throw new ArgumentOutOfRangeException(nameof(minValue), "'minValue' cannot be greater than maxValue.");
            long range = (long)maxValue - minValue;
            return range <= int.MaxValue
                ? (int)(Sample() * range) + minValue
                : (int)((long)(GetSampleForLargeRange() * range) + minValue);
        }

        public virtual double NextDouble() => Sample();

        public virtual float NextSingle() => (float)Sample();

        public virtual void NextBytes(byte[] buffer)
        {
            if (buffer == null) ThrowHelper.ThrowArgumentNullException(nameof(buffer));
            for (int i = 0; i < buffer.Length; i++) buffer[i] = (byte)InternalSample();
        }

        public virtual void NextBytes(Span<byte> buffer)
        {
            for (int i = 0; i < buffer.Length; i++) buffer[i] = (byte)InternalSample();
        }

        public void Shuffle<T>(T[] values)
        {
            if (values == null) ThrowHelper.ThrowArgumentNullException(nameof(values));
            Shuffle(new Span<T>(values));
        }

        public void Shuffle<T>(Span<T> values)
        {
            int n = values.Length;
            for (int i = 0; i < n - 1; i++)
            {
                int j = Next(i, n);
                if (j != i)
                {
                    T temp = values[i];
                    values[i] = values[j];
                    values[j] = temp;
                }
            }
        }
    }
}
