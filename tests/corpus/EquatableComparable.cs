// Covers: IEquatable<T>, IComparable<T>, IComparable, EqualityComparer<T>.Default (for types
// with and without IEquatable, for null, for strings and enums, NaN), Comparer<T>.Default (ints,
// doubles with NaN, custom IComparable<T>, nulls first), List.Sort/Contains/IndexOf
// using those defaults, custom IEqualityComparer<T> and IComparer<T> passed to collections.
using System;
using System.Collections.Generic;

sealed class Version : IComparable<Version>, IEquatable<Version>
{
    public readonly int Major, Minor;
    public Version(int major, int minor) { Major = major; Minor = minor; }
    public int CompareTo(Version other) =>
        other is null ? 1 : Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);
    public bool Equals(Version other) => other is not null && Major == other.Major && Minor == other.Minor;
    public override bool Equals(object obj) => Equals(obj as Version);
    public override int GetHashCode() => Major * 1000 + Minor;
    public override string ToString() => Major + "." + Minor;
}

struct Plain { public int V; }
enum Shade { Light, Dark }

sealed class ModuloComparer : IEqualityComparer<int>
{
    public bool Equals(int x, int y) => x % 10 == y % 10;
    public int GetHashCode(int v) => v % 10;
}

sealed class ByLength : IComparer<string>
{
    public int Compare(string x, string y) => x.Length.CompareTo(y.Length);
}

static class EquatableComparable
{
    static int Sign(int v) => Math.Sign(v);

    static void Main()
    {
        var v1 = new Version(1, 2);
        var v2 = new Version(1, 10);
        var v3 = new Version(1, 2);
        Console.WriteLine(Sign(v1.CompareTo(v2)) + " " + Sign(v2.CompareTo(v1)) + " " + v1.CompareTo(v3) + " " + v1.CompareTo(null));
        Console.WriteLine(EqualityComparer<Version>.Default.Equals(v1, v3) + " " + EqualityComparer<Version>.Default.Equals(v1, null)
            + " " + EqualityComparer<Version>.Default.Equals(null, null));
        Console.WriteLine(Sign(Comparer<Version>.Default.Compare(v2, v1)) + " " + Sign(Comparer<Version>.Default.Compare(null, v1)));
        Console.WriteLine(EqualityComparer<int>.Default.Equals(3, 3) + " " + Sign(Comparer<int>.Default.Compare(-5, 3)));
        Console.WriteLine(EqualityComparer<string>.Default.Equals("ab", "a" + "b".ToString()) + " " + EqualityComparer<Shade>.Default.Equals(Shade.Dark, Shade.Dark));
        Console.WriteLine(EqualityComparer<Plain>.Default.Equals(new Plain { V = 1 }, new Plain { V = 1 }) + " " + EqualityComparer<Plain>.Default.Equals(new Plain { V = 1 }, new Plain { V = 2 }));
        double nan = double.NaN;
        Console.WriteLine(EqualityComparer<double>.Default.Equals(nan, nan) + " " + (nan == nan));
        Console.WriteLine(Sign(Comparer<double>.Default.Compare(double.NaN, 1.0)) + " " + Sign(Comparer<long>.Default.Compare(long.MinValue, long.MaxValue)));
        IComparable boxed = 5;
        Console.WriteLine(Sign(boxed.CompareTo(7)) + " " + Sign(((IComparable)"b").CompareTo(null)));

        var versions = new List<Version> { new Version(2, 0), new Version(1, 5), new Version(1, 12), new Version(0, 9) };
        versions.Sort();
        Console.WriteLine(string.Join(" ", versions));
        Console.WriteLine(versions.Contains(new Version(1, 12)) + " " + versions.IndexOf(new Version(2, 0)));
        var sortedSet = new List<string> { "ccc", "a", "bb", "dddd" };
        sortedSet.Sort(new ByLength());
        Console.WriteLine(string.Join(",", sortedSet));

        var mod = new HashSet<int>(new ModuloComparer()) { 1, 11, 21, 2, 12 };
        Console.WriteLine(mod.Count + " " + mod.Contains(31));
        var dict = new Dictionary<int, string>(new ModuloComparer());
        dict[5] = "five";
        dict[15] = "fifteen";
        Console.WriteLine(dict.Count + " " + dict[25]);
    }
}
