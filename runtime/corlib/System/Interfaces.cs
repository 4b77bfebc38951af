// The small contract interfaces of System (equality, ordering, formatting).
namespace System
{
    public interface IEquatable<T> { bool Equals(T? other); }

    public interface IComparable { int CompareTo(object? obj); }

    public interface IComparable<in T> { int CompareTo(T? other); }

    public interface IFormatProvider { object? GetFormat(Type? formatType); }

    public interface IFormattable { string ToString(string? format, IFormatProvider? formatProvider); }

    public interface ISpanFormattable : IFormattable
    {
        bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider);
    }

    public interface IParsable<TSelf> where TSelf : IParsable<TSelf>?
    {
        static abstract TSelf Parse(string s, IFormatProvider? provider);
        static abstract bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, IFormatProvider? provider, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TSelf result);
    }

    public interface ISpanParsable<TSelf> : IParsable<TSelf> where TSelf : ISpanParsable<TSelf>?
    {
        static abstract TSelf Parse(ReadOnlySpan<char> s, IFormatProvider? provider);
        static abstract bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TSelf result);
    }

    public interface ICloneable { object Clone(); }

    public interface IAsyncDisposable { System.Threading.Tasks.ValueTask DisposeAsync(); }
}
