// Covers: the smallest program — Console.WriteLine of a string literal, void Main, exit status 0.
using System;

static class HelloWorld
{
    static void Main()
    {
        Console.WriteLine("Hello, World!");
    }
}
