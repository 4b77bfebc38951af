using System.Text;

namespace System
{
    public sealed partial class String
    {
        public static string Format(string format, object? arg0) => FormatCore(null, format, new[] { arg0 });
        public static string Format(string format, object? arg0, object? arg1) => FormatCore(null, format, new[] { arg0, arg1 });
        public static string Format(string format, object? arg0, object? arg1, object? arg2) => FormatCore(null, format, new[] { arg0, arg1, arg2 });

        public static string Format(string format, params object?[] args)
        {
            if (args == null) ThrowHelper.ThrowArgumentNullException(format == null ? nameof(format) : nameof(args));
            return FormatCore(null, format, args);
        }

        public static string Format(IFormatProvider? provider, string format, object? arg0) => FormatCore(provider, format, new[] { arg0 });
        public static string Format(IFormatProvider? provider, string format, object? arg0, object? arg1) => FormatCore(provider, format, new[] { arg0, arg1 });
        public static string Format(IFormatProvider? provider, string format, object? arg0, object? arg1, object? arg2) => FormatCore(provider, format, new[] { arg0, arg1, arg2 });

        public static string Format(IFormatProvider? provider, string format, params object?[] args)
        {
            if (args == null) ThrowHelper.ThrowArgumentNullException(format == null ? nameof(format) : nameof(args));
            return FormatCore(provider, format, args);
        }

        private static string FormatCore(IFormatProvider? provider, string format, object?[] args)
        {
            if (format == null) ThrowHelper.ThrowArgumentNullException(nameof(format));
            var builder = new StringBuilder(format.Length + args.Length * 8);
            CompositeFormatter.AppendFormatted(builder, provider, format, args);
            return builder.ToString();
        }

        public static string Create(IFormatProvider? provider, [System.Runtime.CompilerServices.InterpolatedStringHandlerArgument(nameof(provider))] ref System.Runtime.CompilerServices.DefaultInterpolatedStringHandler handler) =>
            handler.ToStringAndClear();
    }
}
