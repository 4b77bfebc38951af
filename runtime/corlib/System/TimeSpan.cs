namespace System
{
    /// <summary>A time interval in 100-nanosecond ticks, with .NET's arithmetic, checks and "c" text form.</summary>
    public readonly struct TimeSpan : IComparable, IComparable<TimeSpan>, IEquatable<TimeSpan>, IFormattable
    {
        public const long TicksPerMicrosecond = 10;
        public const long TicksPerMillisecond = 10_000;
        public const long TicksPerSecond = 10_000_000;
        public const long TicksPerMinute = 600_000_000;
        public const long TicksPerHour = 36_000_000_000;
        public const long TicksPerDay = 864_000_000_000;

        public static readonly TimeSpan Zero = new TimeSpan(0);
        public static readonly TimeSpan MaxValue = new TimeSpan(long.MaxValue);
        public static readonly TimeSpan MinValue = new TimeSpan(long.MinValue);

        private const string OverflowMessage = "TimeSpan overflowed because the duration is too long.";

        private readonly long _ticks;

        public TimeSpan(long ticks) { _ticks = ticks; }

        public TimeSpan(int hours, int minutes, int seconds) : this(0, hours, minutes, seconds, 0) { }

        public TimeSpan(int days, int hours, int minutes, int seconds) : this(days, hours, minutes, seconds, 0) { }

        public TimeSpan(int days, int hours, int minutes, int seconds, int milliseconds)
        {
            long totalMilliseconds = ((long)days * 3600 * 24 + (long)hours * 3600 + (long)minutes * 60 + seconds) * 1000 + milliseconds;
            if (totalMilliseconds > long.MaxValue / TicksPerMillisecond || totalMilliseconds < long.MinValue / TicksPerMillisecond)
                throw new ArgumentOutOfRangeException(null, OverflowMessage);
            _ticks = totalMilliseconds * TicksPerMillisecond;
        }

        public long Ticks => _ticks;
        public int Days => (int)(_ticks / TicksPerDay);
        public int Hours => (int)(_ticks / TicksPerHour % 24);
        public int Minutes => (int)(_ticks / TicksPerMinute % 60);
        public int Seconds => (int)(_ticks / TicksPerSecond % 60);
        public int Milliseconds => (int)(_ticks / TicksPerMillisecond % 1000);
        public int Microseconds => (int)(_ticks / TicksPerMicrosecond % 1000);
        public int Nanoseconds => (int)(_ticks % TicksPerMicrosecond) * 100;
        public double TotalDays => (double)_ticks / TicksPerDay;
        public double TotalHours => (double)_ticks / TicksPerHour;
        public double TotalMinutes => (double)_ticks / TicksPerMinute;
        public double TotalSeconds => (double)_ticks / TicksPerSecond;
        public double TotalMilliseconds => (double)_ticks / TicksPerMillisecond;
        public double TotalMicroseconds => (double)_ticks / TicksPerMicrosecond;

        public static TimeSpan FromTicks(long value) => new TimeSpan(value);
        public static TimeSpan FromDays(double value) => Interval(value, TicksPerDay);
        public static TimeSpan FromHours(double value) => Interval(value, TicksPerHour);
        public static TimeSpan FromMinutes(double value) => Interval(value, TicksPerMinute);
        public static TimeSpan FromSeconds(double value) => Interval(value, TicksPerSecond);
        public static TimeSpan FromMilliseconds(double value) => Interval(value, TicksPerMillisecond);
        public static TimeSpan FromMicroseconds(double value) => Interval(value, TicksPerMicrosecond);

        /// <summary>value × scale ticks, truncated toward zero (.NET Core 3.0+), with .NET's range checks.</summary>
        private static TimeSpan Interval(double value, long scale)
        {
            if (double.IsNaN(value)) throw new ArgumentException("TimeSpan does not accept floating point Not-a-Number values.");
            double ticks = value * scale;
            if (ticks > long.MaxValue || ticks < long.MinValue) throw new OverflowException(OverflowMessage);
            return new TimeSpan((long)ticks);
        }

        public TimeSpan Add(TimeSpan ts)
        {
            long result = _ticks + ts._ticks;
            if ((_ticks >> 63 == ts._ticks >> 63) && (_ticks >> 63 != result >> 63)) throw new OverflowException(OverflowMessage);
            return new TimeSpan(result);
        }

        public TimeSpan Subtract(TimeSpan ts)
        {
            long result = _ticks - ts._ticks;
            if ((_ticks >> 63 != ts._ticks >> 63) && (_ticks >> 63 != result >> 63)) throw new OverflowException(OverflowMessage);
            return new TimeSpan(result);
        }

        public TimeSpan Negate()
        {
            if (_ticks == MinValue._ticks) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return new TimeSpan(-_ticks);
        }

        public TimeSpan Duration()
        {
            if (_ticks == MinValue._ticks) throw new OverflowException("The duration cannot be returned for TimeSpan.MinValue because the absolute value of TimeSpan.MinValue exceeds the value of TimeSpan.MaxValue.");
            return new TimeSpan(_ticks >= 0 ? _ticks : -_ticks);
        }

        public TimeSpan Multiply(double factor) => this * factor;
        public TimeSpan Divide(double divisor) => this / divisor;
        public double Divide(TimeSpan ts) => this / ts;

        public static TimeSpan operator +(TimeSpan t1, TimeSpan t2) => t1.Add(t2);
        public static TimeSpan operator -(TimeSpan t1, TimeSpan t2) => t1.Subtract(t2);
        public static TimeSpan operator -(TimeSpan t) => t.Negate();
        public static TimeSpan operator +(TimeSpan t) => t;

        public static TimeSpan operator *(TimeSpan timeSpan, double factor)
        {
            if (double.IsNaN(factor)) throw new ArgumentException("TimeSpan does not accept floating point Not-a-Number values.", nameof(factor));
            double ticks = Math.Round(timeSpan.Ticks * factor);
            if (ticks > long.MaxValue || ticks < long.MinValue) throw new OverflowException(OverflowMessage);
            return new TimeSpan((long)ticks);
        }

        public static TimeSpan operator *(double factor, TimeSpan timeSpan) => timeSpan * factor;

        public static TimeSpan operator /(TimeSpan timeSpan, double divisor)
        {
            if (double.IsNaN(divisor)) throw new ArgumentException("TimeSpan does not accept floating point Not-a-Number values.", nameof(divisor));
            double ticks = Math.Round(timeSpan.Ticks / divisor);
            if (ticks > long.MaxValue || ticks < long.MinValue || double.IsNaN(ticks)) throw new OverflowException(OverflowMessage);
            return new TimeSpan((long)ticks);
        }

        public static double operator /(TimeSpan t1, TimeSpan t2) => t1.Ticks / (double)t2.Ticks;

        public static bool operator ==(TimeSpan t1, TimeSpan t2) => t1._ticks == t2._ticks;
        public static bool operator !=(TimeSpan t1, TimeSpan t2) => t1._ticks != t2._ticks;
        public static bool operator <(TimeSpan t1, TimeSpan t2) => t1._ticks < t2._ticks;
        public static bool operator <=(TimeSpan t1, TimeSpan t2) => t1._ticks <= t2._ticks;
        public static bool operator >(TimeSpan t1, TimeSpan t2) => t1._ticks > t2._ticks;
        public static bool operator >=(TimeSpan t1, TimeSpan t2) => t1._ticks >= t2._ticks;

        public static int Compare(TimeSpan t1, TimeSpan t2) => t1._ticks.CompareTo(t2._ticks);
        public int CompareTo(TimeSpan value) => _ticks.CompareTo(value._ticks);

        public int CompareTo(object? value)
        {
            if (value == null) return 1;
            if (value is TimeSpan other) return CompareTo(other);
            throw new ArgumentException("Object must be of type TimeSpan.");
        }

        public override bool Equals(object? value) => value is TimeSpan other && _ticks == other._ticks;
        public bool Equals(TimeSpan obj) => _ticks == obj._ticks;
        public static bool Equals(TimeSpan t1, TimeSpan t2) => t1._ticks == t2._ticks;
        public override int GetHashCode() => _ticks.GetHashCode();

        /// <summary>The constant ("c") form: [-][d.]hh:mm:ss[.fffffff].</summary>
        public override string ToString()
        {
            var builder = new System.Text.StringBuilder(26);
            long ticks = _ticks;
            // MinValue cannot be negated: work with the magnitude in unsigned arithmetic.
            ulong magnitude = ticks < 0 ? (ulong)(-(ticks + 1)) + 1 : (ulong)ticks;
            if (ticks < 0) builder.Append('-');
            ulong days = magnitude / TicksPerDay;
            ulong rest = magnitude % TicksPerDay;
            if (days != 0) builder.Append(days).Append('.');
            AppendTwoDigits(builder, rest / TicksPerHour);
            builder.Append(':');
            AppendTwoDigits(builder, rest / TicksPerMinute % 60);
            builder.Append(':');
            AppendTwoDigits(builder, rest / TicksPerSecond % 60);
            ulong fraction = rest % TicksPerSecond;
            if (fraction != 0) builder.Append('.').Append(fraction.ToString("D7"));
            return builder.ToString();
        }

        public string ToString(string? format) => ToString(format, null);

        /// <summary>Only the invariant constant formats ("c", "t", "T" or none) are supported.</summary>
        public string ToString(string? format, IFormatProvider? formatProvider)
        {
            if (string.IsNullOrEmpty(format) || format == "c" || format == "t" || format == "T") return ToString();
            throw new FormatException("Input string was not in a correct format.");
        }

        private static void AppendTwoDigits(System.Text.StringBuilder builder, ulong value)
        {
            builder.Append((char)('0' + (int)(value / 10)));
            builder.Append((char)('0' + (int)(value % 10)));
        }
    }
}
