using System.Globalization;
using System.Text;

namespace Rivet.Compiler.Emit;

/// <summary>C spellings of constants, exact for every value (ECMA-335 constants are bit patterns).</summary>
public static class CLiterals
{
    public static string Int32(int v) => v == int.MinValue ? "INT32_MIN" : v.ToString(CultureInfo.InvariantCulture);
    public static string Int64(long v) => v == long.MinValue ? "INT64_MIN" : v.ToString(CultureInfo.InvariantCulture) + "LL";

    public static string Double(double v)
    {
        if (double.IsNaN(v)) return "(__builtin_nan(\"\"))";
        if (double.IsPositiveInfinity(v)) return "(__builtin_inf())";
        if (double.IsNegativeInfinity(v)) return "(-__builtin_inf())";
        if (v == 0 && double.IsNegative(v)) return "(-0.0)";
        return "(" + v.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e") + (v.ToString("R", CultureInfo.InvariantCulture).Contains('.') || v.ToString("R", CultureInfo.InvariantCulture).Contains('E') ? "" : ".0") + ")";
    }

    public static string Single(float v)
    {
        if (float.IsNaN(v)) return "(__builtin_nanf(\"\"))";
        if (float.IsPositiveInfinity(v)) return "(__builtin_inff())";
        if (float.IsNegativeInfinity(v)) return "(-__builtin_inff())";
        if (v == 0 && float.IsNegative(v)) return "(-0.0f)";
        string s = v.ToString("R", CultureInfo.InvariantCulture);
        return "(" + s.Replace("E", "e") + (s.Contains('.') || s.Contains('E') ? "" : ".0") + "f)";
    }

    /// <summary>A C string literal of the UTF-8 bytes of <paramref name="s"/>.</summary>
    public static string CString(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (byte b in Encoding.UTF8.GetBytes(s))
        {
            if (b >= 0x20 && b < 0x7f && b != '"' && b != '\\' && b != '?') sb.Append((char)b);
            else sb.Append($"\\{Convert.ToString(b, 8).PadLeft(3, '0')}");
        }
        return sb.Append('"').ToString();
    }
}
