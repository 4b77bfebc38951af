using System;
using System.Runtime.InteropServices;

namespace Internal.Runtime
{
    /// <summary>
    /// Writes an exception to standard error in <see cref="Exception.ToString"/>'s format without
    /// allocating: type name, message, inner exceptions, and the trace with source lines where the
    /// program has them. For unhandled exceptions when the heap is exhausted, where ToString (which
    /// builds strings) would itself run out of memory.
    /// </summary>
    internal static unsafe class UnhandledExceptionWriter
    {
        private const int StandardError = 2;

        [DllImport("*")]
        private static extern void rivet_platform_write(int fd, byte* bytes, nuint length);

        /// <summary>The exception and a final line feed.</summary>
        public static void Write(Exception exception)
        {
            WriteException(exception);
            Console.WriteUtf8(StandardError, "", newLine: true);
        }

        private static void WriteException(Exception exception)
        {
            Console.WriteUtf8(StandardError, exception.GetType().FullName);
            string? message = MessageOf(exception);
            if (!string.IsNullOrEmpty(message))
            {
                Console.WriteUtf8(StandardError, ": ");
                Console.WriteUtf8(StandardError, message);
            }
            if (exception._innerException != null)
            {
                Console.WriteUtf8(StandardError, " ---> ");
                WriteException(exception._innerException);
                Console.WriteUtf8(StandardError, "\n   --- End of inner exception stack trace ---");
            }
            if (exception._stackTrace != null)
            {
                foreach (nint pc in exception._stackTrace) WriteFrame(pc);
            }
        }

        /// <summary>The message as <see cref="Exception.Message"/> gives it, or the stored one when an
        /// override fails (a type's default message is built, which can run out of memory).</summary>
        private static string? MessageOf(Exception exception)
        {
            try
            {
                return exception.Message;
            }
            catch (Exception)
            {
                return exception._message;
            }
        }

        /// <summary>"\n   at Method in file:line N", as <see cref="Exception.StackTrace"/> lists frames; nothing for a pc outside C# methods.</summary>
        private static void WriteFrame(nint pc)
        {
            byte* name = ExceptionHandling.MethodNameForPcNative((nuint)pc);
            if (name == null) return;
            Console.WriteUtf8(StandardError, "\n   at ");
            WriteUtf8(name);
            int line;
            byte* file = ExceptionHandling.SourceLineForPc((nuint)pc, &line);
            if (file == null) return;
            Console.WriteUtf8(StandardError, " in ");
            WriteUtf8(file);
            Console.WriteUtf8(StandardError, ":line ");
            char* digits = stackalloc char[10];
            int count = 0;
            uint value = (uint)line;
            do
            {
                digits[9 - count++] = (char)('0' + value % 10);
                value /= 10;
            } while (value != 0);
            Console.WriteUtf8(StandardError, new ReadOnlySpan<char>(digits + 10 - count, count));
        }

        private static void WriteUtf8(byte* text)
        {
            nuint length = 0;
            while (text[length] != 0) length++;
            rivet_platform_write(StandardError, text, length);
        }
    }
}
