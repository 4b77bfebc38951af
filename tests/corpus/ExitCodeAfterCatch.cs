// Covers: a program whose Main returns 255 (the largest exit status) after catching an
// exception, and the truncation-free path of small statuses: the returned value is computed
// from the caught exception's data.
using System;

static class ExitCodeAfterCatch
{
    static int Main()
    {
        int status;
        try
        {
            checked
            {
                byte b = 250;
                for (int i = 0; i < 10; i++) { b++; Console.WriteLine("b = " + b); }
            }
            status = 1;
        }
        catch (OverflowException)
        {
            Console.WriteLine("overflowed");
            status = 255;
        }
        return status;
    }
}
