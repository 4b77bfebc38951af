// Covers: LINQ-free hashing with wrapping unsigned arithmetic — FNV-1a (32 and 64 bit),
// CRC-32 (table built at run time), Adler-32, a MurmurHash3-style 32-bit finalizer with
// rotations, djb2 over chars, and a simple open-addressing hash table keyed by those hashes.
using System;

static class HashingAlgorithms
{
    static uint Fnv1a32(byte[] data)
    {
        uint h = 2166136261;
        foreach (byte b in data) { h ^= b; h *= 16777619; }
        return h;
    }

    static ulong Fnv1a64(byte[] data)
    {
        ulong h = 14695981039346656037;
        foreach (byte b in data) { h ^= b; h *= 1099511628211; }
        return h;
    }

    static readonly uint[] crcTable = BuildCrcTable();
    static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }

    static uint Crc32(byte[] data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data) crc = crcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return ~crc;
    }

    static uint Adler32(byte[] data)
    {
        uint a = 1, b = 0;
        foreach (byte d in data) { a = (a + d) % 65521; b = (b + a) % 65521; }
        return (b << 16) | a;
    }

    static uint Murmur3(byte[] data, uint seed)
    {
        uint h = seed;
        int i = 0;
        for (; i + 4 <= data.Length; i += 4)
        {
            uint k = (uint)(data[i] | data[i + 1] << 8 | data[i + 2] << 16 | data[i + 3] << 24);
            k *= 0xcc9e2d51; k = (k << 15) | (k >> 17); k *= 0x1b873593;
            h ^= k; h = (h << 13) | (h >> 19); h = h * 5 + 0xe6546b64;
        }
        uint tail = 0;
        for (int j = data.Length - 1; j >= i; j--) tail = (tail << 8) | data[j];
        if (data.Length - i > 0) { tail *= 0xcc9e2d51; tail = (tail << 15) | (tail >> 17); tail *= 0x1b873593; h ^= tail; }
        h ^= (uint)data.Length;
        h ^= h >> 16; h *= 0x85ebca6b; h ^= h >> 13; h *= 0xc2b2ae35; h ^= h >> 16;
        return h;
    }

    static uint Djb2(string s)
    {
        uint h = 5381;
        foreach (char c in s) h = ((h << 5) + h) + c;
        return h;
    }

    static byte[] Ascii(string s)
    {
        var bytes = new byte[s.Length];
        for (int i = 0; i < s.Length; i++) bytes[i] = (byte)s[i];
        return bytes;
    }

    static void Main()
    {
        string[] inputs = { "", "a", "abc", "message digest", "The quick brown fox jumps over the lazy dog", "123456789" };
        foreach (var s in inputs)
        {
            byte[] d = Ascii(s);
            Console.WriteLine($"{Fnv1a32(d):x8} {Fnv1a64(d):x16} {Crc32(d):x8} {Adler32(d):x8} {Murmur3(d, 0):x8} {Murmur3(d, 42):x8} {Djb2(s):x8}");
        }

        var keys = new string[64];
        var values = new int[64];
        int collisions = 0;
        for (int i = 0; i < 40; i++)
        {
            string key = "key" + i * 37;
            int slot = (int)(Djb2(key) & 63);
            while (keys[slot] != null) { slot = (slot + 1) & 63; collisions++; }
            keys[slot] = key;
            values[slot] = i;
        }
        int found = 0;
        for (int i = 0; i < 40; i++)
        {
            string key = "key" + i * 37;
            int slot = (int)(Djb2(key) & 63);
            while (keys[slot] != key) slot = (slot + 1) & 63;
            if (values[slot] == i) found++;
        }
        Console.WriteLine("found " + found + " collisions " + collisions);
    }
}
