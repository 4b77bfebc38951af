using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace System
{
    /// <summary>
    /// Enum format strings ("G", "D", "X", "F"), parsing and the generic name/value
    /// queries, over the sorted name/value table of the enum's type descriptor (docs/runtime-abi.md).
    /// </summary>
    public abstract unsafe partial class Enum : IFormattable
    {
        private const string BadEnumFormatMessage = "Format string can be only \"G\", \"g\", \"X\", \"x\", \"F\", \"f\", \"D\" or \"d\".";

        private RivetTypeLayout* Layout => (RivetTypeLayout*)RuntimeHelpers.GetMethodTable(this);

        private static RivetTypeLayout* LayoutOf<TEnum>() => (RivetTypeLayout*)typeof(TEnum).TypeHandle.Value;

        private static string NameAt(RivetTypeLayout* type, int index)
        {
            nint name = type->EnumEntries[index].Name;
            return Unsafe.As<nint, string>(ref name);
        }

        public string ToString(string? format)
        {
            if (string.IsNullOrEmpty(format)) return ToString();
            if (format.Length == 1)
            {
                switch (format[0])
                {
                    case 'G':
                    case 'g':
                        return ToString();
                    case 'D':
                    case 'd':
                        return DecimalString(Layout, RawValue);
                    case 'X':
                    case 'x':
                        return HexString(Layout, RawValue);
                    case 'F':
                    case 'f':
                        return FlagsString(Layout, RawValue);
                }
            }
            throw new FormatException(BadEnumFormatMessage);
        }

        public string ToString(string? format, IFormatProvider? provider) => ToString(format);

        public string ToString(IFormatProvider? provider) => ToString();

        private static string DecimalString(RivetTypeLayout* type, ulong value)
        {
            bool signed = (type->Flags & RivetTypeLayout.Signed) != 0;
            return signed ? ((long)value).ToString() : value.ToString();
        }

        /// <summary>The underlying value's bits, two hex digits per byte.</summary>
        private static string HexString(RivetTypeLayout* type, ulong value)
        {
            int size = (int)type->Size;
            if (size < 8) value &= (1UL << (size * 8)) - 1;
            return value.ToString(size switch { 1 => "X2", 2 => "X4", 4 => "X8", _ => "X16" });
        }

        /// <summary>The exact name, else the names of set flags (largest first in the scan, printed ascending), else the number.</summary>
        private static string FlagsString(RivetTypeLayout* type, ulong value)
        {
            int count = type->EnumCount;
            for (int i = 0; i < count; i++)
            {
                if (type->EnumEntries[i].Value == value) return NameAt(type, i);
            }
            if (value == 0) return DecimalString(type, value);
            ulong remaining = value;
            Span<bool> used = count <= 64 ? stackalloc bool[count] : new bool[count];
            for (int i = count - 1; i >= 0; i--)
            {
                ulong flag = type->EnumEntries[i].Value;
                if (flag != 0 && (remaining & flag) == flag)
                {
                    remaining &= ~flag;
                    used[i] = true;
                }
            }
            if (remaining != 0) return DecimalString(type, value);
            var builder = new System.Text.StringBuilder();
            for (int i = 0; i < count; i++)
            {
                if (!used[i]) continue;
                if (builder.Length != 0) builder.Append(", ");
                builder.Append(NameAt(type, i));
            }
            return builder.ToString();
        }

        private static ulong RawOf<TEnum>(RivetTypeLayout* type, TEnum value) where TEnum : struct, Enum
        {
            ref byte bytes = ref Unsafe.As<TEnum, byte>(ref value);
            bool signed = (type->Flags & RivetTypeLayout.Signed) != 0;
            return type->Size switch
            {
                1 => signed ? (ulong)(long)(sbyte)bytes : bytes,
                2 => signed ? (ulong)(long)Unsafe.As<byte, short>(ref bytes) : Unsafe.As<byte, ushort>(ref bytes),
                4 => signed ? (ulong)(long)Unsafe.As<byte, int>(ref bytes) : Unsafe.As<byte, uint>(ref bytes),
                _ => Unsafe.As<byte, ulong>(ref bytes),
            };
        }

        /// <summary>The enum value whose underlying bits are the low bytes of <paramref name="raw"/> (little-endian).</summary>
        private static TEnum FromRaw<TEnum>(ulong raw) where TEnum : struct, Enum => Unsafe.As<ulong, TEnum>(ref raw);

        public static TEnum[] GetValues<TEnum>() where TEnum : struct, Enum
        {
            RivetTypeLayout* type = LayoutOf<TEnum>();
            var values = new TEnum[type->EnumCount];
            for (int i = 0; i < values.Length; i++) values[i] = FromRaw<TEnum>(type->EnumEntries[i].Value);
            return values;
        }

        public static string[] GetNames<TEnum>() where TEnum : struct, Enum
        {
            RivetTypeLayout* type = LayoutOf<TEnum>();
            var names = new string[type->EnumCount];
            for (int i = 0; i < names.Length; i++) names[i] = NameAt(type, i);
            return names;
        }

        public static string? GetName<TEnum>(TEnum value) where TEnum : struct, Enum
        {
            RivetTypeLayout* type = LayoutOf<TEnum>();
            ulong raw = RawOf(type, value);
            for (int i = 0; i < type->EnumCount; i++)
            {
                if (type->EnumEntries[i].Value == raw) return NameAt(type, i);
            }
            return null;
        }

        public static bool IsDefined<TEnum>(TEnum value) where TEnum : struct, Enum => GetName(value) != null;

        public static TEnum Parse<TEnum>(string value) where TEnum : struct, Enum => Parse<TEnum>(value, ignoreCase: false);

        public static TEnum Parse<TEnum>(string value, bool ignoreCase) where TEnum : struct, Enum
        {
            if (value == null) ThrowHelper.ThrowArgumentNullException(nameof(value));
            if (!TryParseCore(LayoutOf<TEnum>(), value, ignoreCase, out ulong raw, out bool empty))
            {
                if (empty) throw new ArgumentException("Must specify valid information for parsing in the string.", nameof(value));
                throw new ArgumentException("Requested value '" + value + "' was not found.");
            }
            return FromRaw<TEnum>(raw);
        }

        public static bool TryParse<TEnum>([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? value, out TEnum result) where TEnum : struct, Enum =>
            TryParse(value, ignoreCase: false, out result);

        public static bool TryParse<TEnum>([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? value, bool ignoreCase, out TEnum result) where TEnum : struct, Enum
        {
            if (value != null && TryParseCore(LayoutOf<TEnum>(), value, ignoreCase, out ulong raw, out _))
            {
                result = FromRaw<TEnum>(raw);
                return true;
            }
            result = default;
            return false;
        }

        /// <summary>A number, or names separated by commas whose values are OR-ed together.</summary>
        private static bool TryParseCore(RivetTypeLayout* type, string value, bool ignoreCase, out ulong raw, out bool empty)
        {
            raw = 0;
            ReadOnlySpan<char> text = value.AsSpan().Trim();
            empty = text.Length == 0;
            if (empty) return false;
            char first = text[0];
            if (char.IsAsciiDigit(first) || first == '-' || first == '+')
            {
                bool signed = (type->Flags & RivetTypeLayout.Signed) != 0;
                if (signed && long.TryParse(text, out long signedValue))
                {
                    raw = (ulong)signedValue;
                    return true;
                }
                if (!signed && ulong.TryParse(text, out ulong unsignedValue))
                {
                    raw = unsignedValue;
                    return true;
                }
                return false;
            }
            while (true)
            {
                int comma = text.IndexOf(',');
                ReadOnlySpan<char> name = (comma < 0 ? text : text.Slice(0, comma)).Trim();
                bool found = false;
                for (int i = 0; i < type->EnumCount && !found; i++)
                {
                    if (name.Equals(NameAt(type, i), ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
                    {
                        raw |= type->EnumEntries[i].Value;
                        found = true;
                    }
                }
                if (!found) return false;
                if (comma < 0) return true;
                text = text.Slice(comma + 1);
            }
        }
    }
}
