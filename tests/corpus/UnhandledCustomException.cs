// Covers: an unhandled user-defined exception type in a namespace: exit status 134, stdout up to
// the throw, and stderr naming the full type "Corpus.Failures.QuotaExceededException". The value
// of Main's return is never produced.
using System;

namespace Corpus.Failures
{
    class QuotaExceededException : Exception
    {
        public QuotaExceededException(int used) : base("quota exceeded at " + used) { }
    }

    static class UnhandledCustomException
    {
        static int Main()
        {
            int used = 0;
            for (int i = 1; i <= 10; i++)
            {
                used += i * i;
                Console.WriteLine("used " + used);
                if (used > 100) throw new QuotaExceededException(used);
            }
            return 3;
        }
    }
}
