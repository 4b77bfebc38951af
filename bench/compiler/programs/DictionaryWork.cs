// A Dictionary workload: inserts, lookups, updates and removals with int and string keys.
using System;
using System.Collections.Generic;

public static class DictionaryWork
{
    public static int Main()
    {
        long sum = 0;
        for (int round = 0; round < 60; round++)
        {
            var counts = new Dictionary<int, int>();
            for (int i = 0; i < 1_000_000; i++)
            {
                int key = (int)((uint)(i * 2654435761u) % 200_000);
                counts[key] = counts.TryGetValue(key, out int c) ? c + 1 : 1;
            }
            for (int k = 0; k < 200_000; k += 2) counts.Remove(k);
            foreach (var pair in counts) sum += pair.Key ^ pair.Value;
        }
        var names = new Dictionary<string, int>();
        for (int i = 0; i < 200_000; i++) names["name" + (i % 50_000)] = i;
        for (int i = 0; i < 50_000; i++) sum += names["name" + i];
        Console.WriteLine(sum);
        return 0;
    }
}
