// A string-building workload: StringBuilder appends of numbers and text, interpolation, ToString.
using System;
using System.Text;

public static class StringBuilding
{
    public static int Main()
    {
        long totalLength = 0;
        int commas = 0;
        for (int round = 0; round < 1000; round++)
        {
            var sb = new StringBuilder();
            for (int i = 0; i < 20_000; i++)
            {
                sb.Append("item ").Append(i).Append(':').Append(i * 31 % 1000).Append(", ");
                if (i % 1000 == 0) sb.Append($"[{round}/{i:X4}]");
            }
            string text = sb.ToString();
            totalLength += text.Length;
            foreach (char c in text) if (c == ',') commas++;
        }
        Console.WriteLine(totalLength);
        Console.WriteLine(commas);
        return 0;
    }
}
