// Covers: LINQ-free algorithms on arrays — insertion sort, quicksort (Lomuto, recursive),
// merge sort (top-down with scratch buffer), heap sort, counting sort and shell sort on the same
// pseudo-random data (a fixed LCG seed); all results compared against each other and checksummed,
// plus stability of merge sort on keyed records and a binary search over the result.
using System;

struct Keyed { public int Key; public int Order; }

static class SortingAlgorithms
{
    static int[] Data(int n, uint seed)
    {
        var a = new int[n];
        for (int i = 0; i < n; i++) { seed = seed * 1103515245 + 12345; a[i] = (int)((seed >> 16) % 2000) - 1000; }
        return a;
    }

    static void InsertionSort(int[] a)
    {
        for (int i = 1; i < a.Length; i++)
        {
            int v = a[i], j = i - 1;
            while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
            a[j + 1] = v;
        }
    }

    static void QuickSort(int[] a, int lo, int hi)
    {
        if (lo >= hi) return;
        int pivot = a[hi], p = lo;
        for (int i = lo; i < hi; i++)
            if (a[i] < pivot) { (a[i], a[p]) = (a[p], a[i]); p++; }
        (a[p], a[hi]) = (a[hi], a[p]);
        QuickSort(a, lo, p - 1);
        QuickSort(a, p + 1, hi);
    }

    static void MergeSort<T>(T[] a, T[] scratch, int lo, int hi, Comparison<T> cmp)
    {
        if (hi - lo < 2) return;
        int mid = (lo + hi) / 2;
        MergeSort(a, scratch, lo, mid, cmp);
        MergeSort(a, scratch, mid, hi, cmp);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) scratch[k++] = cmp(a[j], a[i]) < 0 ? a[j++] : a[i++];
        while (i < mid) scratch[k++] = a[i++];
        while (j < hi) scratch[k++] = a[j++];
        Array.Copy(scratch, lo, a, lo, hi - lo);
    }

    static void HeapSort(int[] a)
    {
        int n = a.Length;
        for (int i = n / 2 - 1; i >= 0; i--) SiftDown(a, i, n);
        for (int end = n - 1; end > 0; end--)
        {
            (a[0], a[end]) = (a[end], a[0]);
            SiftDown(a, 0, end);
        }
    }

    static void SiftDown(int[] a, int i, int n)
    {
        while (true)
        {
            int largest = i, l = 2 * i + 1, r = l + 1;
            if (l < n && a[l] > a[largest]) largest = l;
            if (r < n && a[r] > a[largest]) largest = r;
            if (largest == i) return;
            (a[i], a[largest]) = (a[largest], a[i]);
            i = largest;
        }
    }

    static void CountingSort(int[] a, int min, int max)
    {
        var counts = new int[max - min + 1];
        foreach (int v in a) counts[v - min]++;
        int k = 0;
        for (int v = 0; v < counts.Length; v++)
            while (counts[v]-- > 0) a[k++] = v + min;
    }

    static void ShellSort(int[] a)
    {
        for (int gap = a.Length / 2; gap > 0; gap /= 2)
            for (int i = gap; i < a.Length; i++)
            {
                int v = a[i], j = i;
                while (j >= gap && a[j - gap] > v) { a[j] = a[j - gap]; j -= gap; }
                a[j] = v;
            }
    }

    static long Checksum(int[] a)
    {
        long h = 0;
        foreach (int v in a) h = h * 1000003 + v;
        return h;
    }

    static int BinarySearch(int[] a, int target)
    {
        int lo = 0, hi = a.Length - 1;
        while (lo <= hi)
        {
            int mid = lo + (hi - lo) / 2;
            if (a[mid] == target) return mid;
            if (a[mid] < target) lo = mid + 1; else hi = mid - 1;
        }
        return ~lo;
    }

    static void Main()
    {
        int[] original = Data(3000, 42);
        int[][] results = new int[6][];
        for (int i = 0; i < results.Length; i++) results[i] = (int[])original.Clone();
        InsertionSort(results[0]);
        QuickSort(results[1], 0, results[1].Length - 1);
        MergeSort(results[2], new int[results[2].Length], 0, results[2].Length, (x, y) => x.CompareTo(y));
        HeapSort(results[3]);
        CountingSort(results[4], -1000, 999);
        ShellSort(results[5]);
        string[] names = { "insertion", "quick", "merge", "heap", "counting", "shell" };
        for (int i = 0; i < results.Length; i++)
            Console.WriteLine(names[i] + " " + Checksum(results[i]) + " " + results[i][0] + " " + results[i][1500] + " " + results[i][2999]);
        int[] sorted = results[0];
        Console.WriteLine(BinarySearch(sorted, sorted[1234]) >= 0);
        Console.WriteLine(~BinarySearch(sorted, 5000) + " " + ~BinarySearch(sorted, -5000));

        var records = new Keyed[20];
        for (int i = 0; i < records.Length; i++) records[i] = new Keyed { Key = (i * 7) % 4, Order = i };
        MergeSort(records, new Keyed[records.Length], 0, records.Length, (x, y) => x.Key.CompareTo(y.Key));
        foreach (var r in records) Console.Write(r.Key + ":" + r.Order + " ");
        Console.WriteLine();
    }
}
