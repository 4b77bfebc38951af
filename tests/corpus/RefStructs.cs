// Covers: ref structs — a ref struct wrapping Span<T> (a tokenizer and a fixed-capacity
// stack-only builder), ref fields (C# 11), scoped parameters, readonly ref structs, ref struct
// enumerators used by foreach (GetEnumerator pattern), passing ref structs by ref, and methods
// returning spans that slice their inputs.
using System;

ref struct Tokenizer
{
    ReadOnlySpan<char> rest;
    public Tokenizer(ReadOnlySpan<char> text) { rest = text; }
    public bool Next(out ReadOnlySpan<char> token)
    {
        while (rest.Length > 0 && rest[0] == ' ') rest = rest.Slice(1);
        if (rest.Length == 0) { token = default; return false; }
        int end = rest.IndexOf(' ');
        if (end < 0) end = rest.Length;
        token = rest.Slice(0, end);
        rest = rest.Slice(end);
        return true;
    }
}

ref struct CharBuilder
{
    Span<char> buffer;
    int length;
    public CharBuilder(Span<char> buffer) { this.buffer = buffer; length = 0; }
    public void Append(char c) { if (length < buffer.Length) buffer[length++] = c; }
    public void Append(scoped ReadOnlySpan<char> s) { foreach (char c in s) Append(c); }
    public int Length => length;
    public override string ToString() => buffer.Slice(0, length).ToString();
}

ref struct RefCounter
{
    public ref int Target;
    public RefCounter(ref int target) { Target = ref target; }
    public void Add(int n) => Target += n;
}

readonly ref struct Window
{
    public readonly ReadOnlySpan<int> Values;
    public Window(ReadOnlySpan<int> values) { Values = values; }
    public int Sum() { int s = 0; foreach (int v in Values) s += v; return s; }
}

ref struct Evens
{
    readonly ReadOnlySpan<int> source;
    int index;
    public Evens(ReadOnlySpan<int> source) { this.source = source; index = -1; }
    public Evens GetEnumerator() => this;
    public bool MoveNext()
    {
        while (++index < source.Length) if (source[index] % 2 == 0) return true;
        return false;
    }
    public int Current => source[index];
}

static class RefStructs
{
    static ReadOnlySpan<char> TrimBoth(ReadOnlySpan<char> s, char c)
    {
        int start = 0, end = s.Length;
        while (start < end && s[start] == c) start++;
        while (end > start && s[end - 1] == c) end--;
        return s.Slice(start, end - start);
    }

    static void Fill(ref CharBuilder builder, scoped ReadOnlySpan<char> text, int times)
    {
        for (int i = 0; i < times; i++) builder.Append(text);
    }

    static void Main()
    {
        var tokens = new Tokenizer("  alpha beta   gamma delta ");
        int n = 0;
        while (tokens.Next(out var token)) Console.WriteLine(++n + ": [" + token.ToString() + "] " + token.Length);

        Span<char> storage = stackalloc char[16];
        var builder = new CharBuilder(storage);
        builder.Append("ab");
        Fill(ref builder, "xyz", 3);
        builder.Append('!');
        builder.Append("overflow ignored");
        Console.WriteLine(builder.ToString() + " " + builder.Length);

        int total = 5;
        var counter = new RefCounter(ref total);
        counter.Add(10);
        counter.Target *= 2;
        Console.WriteLine(total);

        int[] values = { 1, 2, 3, 4, 5, 6, 7, 8 };
        var window = new Window(values.AsSpan(2, 4));
        Console.WriteLine(window.Sum() + " " + window.Values.Length);
        foreach (int even in new Evens(values)) Console.Write(even + " ");
        Console.WriteLine();
        Console.WriteLine("[" + TrimBoth("--text--", '-').ToString() + "] [" + TrimBoth("----", '-').ToString() + "]");
    }
}
