// Covers: fixed-size buffers in unsafe structs (fixed byte/int/char/long arrays) — size of the
// containing struct, element access by index, pointer to the buffer, copying the struct copies
// the buffer (value semantics), buffers after other fields (offsets), and using a fixed buffer
// as a small inline string.
using System;

unsafe struct Header
{
    public int Length;
    public fixed byte Magic[4];
    public fixed int Counts[3];
}

unsafe struct InlineName
{
    public byte Used;
    public fixed char Chars[15];

    public void Set(string s)
    {
        Used = (byte)Math.Min(s.Length, 15);
        for (int i = 0; i < Used; i++) Chars[i] = s[i];
    }

    public override string ToString()
    {
        fixed (char* c = Chars) return new string(c, 0, Used);
    }
}

unsafe struct Wide
{
    public byte Tag;
    public fixed long Values[2];
}

static unsafe class FixedBuffers
{
    static void Main()
    {
        Console.WriteLine(sizeof(Header) + " " + sizeof(InlineName) + " " + sizeof(Wide));
        Header h = default;
        h.Length = 3;
        h.Magic[0] = (byte)'R'; h.Magic[1] = (byte)'I'; h.Magic[2] = (byte)'V'; h.Magic[3] = (byte)'T';
        for (int i = 0; i < 3; i++) h.Counts[i] = (i + 1) * 111;
        Console.WriteLine((char)h.Magic[0] + "" + (char)h.Magic[3] + " " + h.Counts[2]);
        Console.WriteLine((long)((byte*)h.Magic - (byte*)&h) + " " + (long)((byte*)h.Counts - (byte*)&h));

        Header copy = h;
        copy.Counts[0] = -1;
        copy.Magic[1] = (byte)'X';
        Console.WriteLine(h.Counts[0] + " " + copy.Counts[0] + " " + (char)h.Magic[1] + " " + (char)copy.Magic[1]);

        int* counts = h.Counts;
        int sum = 0;
        for (int i = 0; i < 3; i++) sum += counts[i];
        Console.WriteLine(sum);

        InlineName name = default;
        name.Set("rivet kernel");
        Console.WriteLine(name + " " + name.Used);
        name.Set("a name longer than fifteen chars");
        Console.WriteLine(name + " " + name.Used);

        Wide w = default;
        w.Tag = 1;
        w.Values[1] = long.MinValue;
        Console.WriteLine((long)((byte*)w.Values - (byte*)&w) + " " + w.Values[0] + " " + w.Values[1]);
        Wide[] many = new Wide[2];
        many[1].Values[0] = 42;
        Console.WriteLine(many[0].Values[0] + " " + many[1].Values[0]);
    }
}
