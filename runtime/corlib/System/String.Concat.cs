using System.Collections.Generic;

namespace System
{
    public sealed partial class String
    {
        public static string Concat(string? str0, string? str1)
        {
            if (IsNullOrEmpty(str0)) return str1 ?? Empty;
            if (IsNullOrEmpty(str1)) return str0;
            string result = FastAllocateString(str0.Length + str1.Length);
            Span<char> span = result.AsWritableSpan();
            str0.CopyTo(span);
            str1.CopyTo(span.Slice(str0.Length));
            return result;
        }

        public static string Concat(string? str0, string? str1, string? str2) =>
            Concat((ReadOnlySpan<char>)str0, (ReadOnlySpan<char>)str1, (ReadOnlySpan<char>)str2);

        public static string Concat(string? str0, string? str1, string? str2, string? str3) =>
            Concat((ReadOnlySpan<char>)str0, (ReadOnlySpan<char>)str1, (ReadOnlySpan<char>)str2, (ReadOnlySpan<char>)str3);

        public static string Concat(ReadOnlySpan<char> str0, ReadOnlySpan<char> str1)
        {
            int length = checked(str0.Length + str1.Length);
            if (length == 0) return Empty;
            string result = FastAllocateString(length);
            Span<char> span = result.AsWritableSpan();
            str0.CopyTo(span);
            str1.CopyTo(span.Slice(str0.Length));
            return result;
        }

        public static string Concat(ReadOnlySpan<char> str0, ReadOnlySpan<char> str1, ReadOnlySpan<char> str2)
        {
            int length = checked(str0.Length + str1.Length + str2.Length);
            if (length == 0) return Empty;
            string result = FastAllocateString(length);
            Span<char> span = result.AsWritableSpan();
            str0.CopyTo(span);
            str1.CopyTo(span.Slice(str0.Length));
            str2.CopyTo(span.Slice(str0.Length + str1.Length));
            return result;
        }

        public static string Concat(ReadOnlySpan<char> str0, ReadOnlySpan<char> str1, ReadOnlySpan<char> str2, ReadOnlySpan<char> str3)
        {
            int length = checked(str0.Length + str1.Length + str2.Length + str3.Length);
            if (length == 0) return Empty;
            string result = FastAllocateString(length);
            Span<char> span = result.AsWritableSpan();
            str0.CopyTo(span);
            str1.CopyTo(span.Slice(str0.Length));
            str2.CopyTo(span.Slice(str0.Length + str1.Length));
            str3.CopyTo(span.Slice(str0.Length + str1.Length + str2.Length));
            return result;
        }

        public static string Concat(params string?[] values)
        {
            if (values == null) ThrowHelper.ThrowArgumentNullException(nameof(values));
            return Concat((ReadOnlySpan<string?>)values);
        }

        public static string Concat(ReadOnlySpan<string?> values)
        {
            int length = 0;
            for (int i = 0; i < values.Length; i++)
            {
                string? value = values[i];
                if (value != null) length = checked(length + value.Length);
            }
            if (length == 0) return Empty;
            string result = FastAllocateString(length);
            Span<char> span = result.AsWritableSpan();
            int position = 0;
            for (int i = 0; i < values.Length; i++)
            {
                string? value = values[i];
                if (value == null) continue;
                value.CopyTo(span.Slice(position));
                position += value.Length;
            }
            return result;
        }

        public static string Concat(object? arg0) => arg0?.ToString() ?? Empty;

        public static string Concat(object? arg0, object? arg1) => Concat(arg0?.ToString(), arg1?.ToString());

        public static string Concat(object? arg0, object? arg1, object? arg2) => Concat(arg0?.ToString(), arg1?.ToString(), arg2?.ToString());

        public static string Concat(params object?[] args)
        {
            if (args == null) ThrowHelper.ThrowArgumentNullException(nameof(args));
            return Concat((ReadOnlySpan<object?>)args);
        }

        public static string Concat(ReadOnlySpan<object?> args)
        {
            var strings = new string?[args.Length];
            for (int i = 0; i < args.Length; i++) strings[i] = args[i]?.ToString();
            return Concat((ReadOnlySpan<string?>)strings);
        }

        public static string Concat(IEnumerable<string?> values)
        {
            if (values == null) ThrowHelper.ThrowArgumentNullException(nameof(values));
            var builder = new System.Text.StringBuilder();
            foreach (string? value in values) builder.Append(value);
            return builder.ToString();
        }

        public static string Concat<T>(IEnumerable<T> values)
        {
            if (values == null) ThrowHelper.ThrowArgumentNullException(nameof(values));
            var builder = new System.Text.StringBuilder();
            foreach (T value in values)
            {
                if (!TypeTraits<T>.IsNull(value)) builder.Append(value!.ToString());
            }
            return builder.ToString();
        }
    }
}
