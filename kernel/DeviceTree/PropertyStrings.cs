using System;

namespace Rivet.Kernel.DeviceTree
{
    /// <summary>Comparisons on property values that are strings or string lists (DT spec 2.2.4: &lt;stringlist&gt;).</summary>
    public static class PropertyStrings
    {
        /// <summary>True when <paramref name="value"/> is exactly <paramref name="text"/> followed by one NUL.</summary>
        public static bool IsString(ReadOnlySpan<byte> value, ReadOnlySpan<byte> text)
        {
            if (value.Length != text.Length + 1 || value[text.Length] != 0) return false;
            return Same(value.Slice(0, text.Length), text);
        }

        /// <summary>True when one of the NUL-separated strings in <paramref name="list"/> is <paramref name="text"/>.</summary>
        public static bool ListContains(ReadOnlySpan<byte> list, ReadOnlySpan<byte> text)
        {
            int start = 0;
            for (int i = 0; i < list.Length; i++)
            {
                if (list[i] != 0) continue;
                if (Same(list.Slice(start, i - start), text)) return true;
                start = i + 1;
            }
            return false;
        }

        public static bool Same(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
        {
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i]) return false;
            }
            return true;
        }
    }
}
