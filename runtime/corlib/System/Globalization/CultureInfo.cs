namespace System.Globalization
{
    /// <summary>
    /// Rivet has one culture, the invariant culture: every formatting and parsing operation uses its
    /// symbols, whatever provider is passed (CoreCLR reference runs set DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1).
    /// </summary>
    public sealed class CultureInfo : IFormatProvider
    {
        private CultureInfo() { }

        public static CultureInfo InvariantCulture { get; } = new CultureInfo();
        public static CultureInfo CurrentCulture => InvariantCulture;
        public static CultureInfo CurrentUICulture => InvariantCulture;

        public string Name => "";
        public NumberFormatInfo NumberFormat => NumberFormatInfo.InvariantInfo;

        public object? GetFormat(Type? formatType) => null;

        public override string ToString() => "";
    }

    /// <summary>The invariant culture's number symbols (read-only).</summary>
    public sealed class NumberFormatInfo : IFormatProvider
    {
        private NumberFormatInfo() { }

        public static NumberFormatInfo InvariantInfo { get; } = new NumberFormatInfo();
        public static NumberFormatInfo CurrentInfo => InvariantInfo;

        public string NegativeSign => "-";
        public string PositiveSign => "+";
        public string NumberDecimalSeparator => ".";
        public string NumberGroupSeparator => ",";
        public int NumberDecimalDigits => 2;
        public string PercentSymbol => "%";
        public string CurrencySymbol => "\u00A4";
        public string NaNSymbol => "NaN";
        public string PositiveInfinitySymbol => "Infinity";
        public string NegativeInfinitySymbol => "-Infinity";

        public object? GetFormat(Type? formatType) => null;
    }
}
