// Covers: locals that are modified inside a try block and read in the catch, filter or finally
// (or after the try) — with setjmp-style exception frames such locals must not be cached in
// registers: counters updated in loops before a throw from a deep call, doubles and longs, struct
// locals, references reassigned in the try, locals updated in a filter, and loops that enter and
// leave try blocks many times while accumulating state.
using System;

struct Tally { public int Count; public long Sum; }

static class ExceptionLocalsLiveness
{
    static void ThrowAt(int depth, int target)
    {
        if (depth == target) throw new InvalidOperationException("at " + depth);
        ThrowAt(depth + 1, target);
    }

    static bool Observe(ref int seen, int value)
    {
        seen += value;
        return value % 2 == 0;
    }

    static void Main()
    {
        int counter = 0;
        long big = 1;
        double ratio = 1.0;
        string name = "start";
        Tally tally = default;
        try
        {
            for (int i = 0; i < 10; i++)
            {
                counter++;
                big *= 3;
                ratio /= 2;
                tally.Count++;
                tally.Sum += i * 100;
                name = "iteration " + i;
                if (i == 6) ThrowAt(0, 5);
            }
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("catch: " + counter + " " + big + " " + ratio + " " + tally.Count + " " + tally.Sum + " " + name + " (" + e.Message + ")");
            counter += 1000;
        }
        finally
        {
            counter += 10000;
            Console.WriteLine("finally: " + counter);
        }
        Console.WriteLine("after: " + counter + " " + big + " " + name);

        int seen = 0;
        int value = 0;
        try
        {
            value = 7;
            throw new ArgumentException();
        }
        catch (ArgumentException) when (Observe(ref seen, value))
        {
            Console.WriteLine("wrong filter result");
        }
        catch (ArgumentException) when (Observe(ref seen, value + 1))
        {
            Console.WriteLine("filter saw " + seen + " value " + value);
        }

        int total = 0, caught = 0, finallies = 0;
        for (int round = 0; round < 200; round++)
        {
            int local = round;
            try
            {
                local *= 2;
                total += local;
                if (round % 7 == 0) throw new FormatException();
                local += 1;
            }
            catch (FormatException)
            {
                caught++;
                total -= local / 2;
            }
            finally
            {
                finallies++;
                total += local % 3;
            }
        }
        Console.WriteLine("rounds: " + total + " " + caught + " " + finallies);

        object current = "first";
        try
        {
            current = new int[] { 1, 2, 3 };
            current = 42;
            ThrowAt(0, 2);
        }
        catch (InvalidOperationException)
        {
            Console.WriteLine("current is int: " + (current is int) + " " + current);
        }

        int nestedState = 0;
        try
        {
            try
            {
                nestedState = 1;
                ThrowAt(0, 1);
            }
            finally
            {
                nestedState *= 10;
            }
        }
        catch (InvalidOperationException)
        {
            nestedState += 5;
        }
        Console.WriteLine("nested: " + nestedState);
    }
}
