using System;
using System.Runtime.InteropServices;

namespace Internal.Runtime
{
    /// <summary>The managed half of exception reporting: the unhandled-exception message and the
    /// C# method names of stack frames (runtime/native/core/rivet_stacktrace.c).</summary>
    internal static unsafe class ExceptionHandling
    {
        /// <summary>Frames the runtime records per throw (RIVET_MAX_TRACE, runtime/native/core/rivet_exception.c).</summary>
        private const int MaxTraceFrames = 64;

        /// <summary>The C# name of the method containing <paramref name="pc"/>, NUL-terminated UTF-8, or null.</summary>
        [DllImport("*", EntryPoint = "rivet_method_name_for_pc")]
        internal static extern byte* MethodNameForPcNative(nuint pc);

        /// <summary>The C# file (NUL-terminated UTF-8) and line of <paramref name="pc"/>, or null where the
        /// program has no source-line table (runtime/native/core/rivet_source_lines.h).</summary>
        [DllImport("*", EntryPoint = "rivet_source_line_for_pc")]
        internal static extern byte* SourceLineForPc(nuint pc, int* line);

        internal static string? MethodNameForPc(nint pc)
        {
            byte* name = MethodNameForPcNative((nuint)pc);
            return name == null ? null : StringFromUtf8(name);
        }

        /// <summary>" in file:line N" for <paramref name="pc"/> as CoreCLR writes it, or "" without a source line.</summary>
        internal static string SourceLineSuffix(nint pc)
        {
            int line;
            byte* file = SourceLineForPc((nuint)pc, &line);
            return file == null ? "" : " in " + StringFromUtf8(file) + ":line " + line.ToString();
        }

        /// <summary>Called by the runtime when no frame handles an exception: prints it as CoreCLR
        /// does (<c>Unhandled exception. </c> and <see cref="Exception.ToString"/>); the runtime then
        /// runs the finally blocks and exits. An OutOfMemoryException, or an exception whose
        /// ToString fails (runs out of memory too, say), is written by
        /// <see cref="UnhandledExceptionWriter"/>, which needs no memory.</summary>
        internal static void OnUnhandledException(Exception exception)
        {
            Console.WriteUtf8(2, "Unhandled exception. ");
            if (exception is not OutOfMemoryException)
            {
                string? text = null;
                try
                {
                    text = exception.ToString();
                }
                catch (Exception)
                {
                }
                if (text != null)
                {
                    Console.WriteUtf8(2, text, newLine: true);
                    return;
                }
            }
            UnhandledExceptionWriter.Write(exception);
        }

        /// <summary>Made at start-up, with room for a whole trace: throwing it must not need memory
        /// (docs/runtime-abi.md § Allocation).</summary>
        internal static Exception NewOutOfMemoryException() => new OutOfMemoryException { _stackTrace = new nint[MaxTraceFrames] };

        /// <summary>What a failed static constructor turns into; every later access rethrows it.</summary>
        internal static Exception NewTypeInitializationException(string typeName, Exception inner) =>
            new TypeInitializationException(typeName, inner);

        /// <summary>A string from NUL-terminated UTF-8 (program arguments, native names).</summary>
        internal static string StringFromUtf8(byte* utf8)
        {
            int length = 0;
            while (utf8[length] != 0) length++;
            char* chars = stackalloc char[length];
            int count = 0;
            for (int i = 0; i < length;)
            {
                uint b = utf8[i];
                uint scalar;
                int extra = b < 0x80 ? 0 : b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3;
                scalar = extra == 0 ? b : extra == 1 ? b & 0x1F : extra == 2 ? b & 0x0F : b & 0x07;
                i++;
                for (int k = 0; k < extra && i < length; k++, i++) scalar = (scalar << 6) | (utf8[i] & 0x3Fu);
                if (scalar >= 0x10000)
                {
                    scalar -= 0x10000;
                    chars[count++] = (char)(0xD800 + (scalar >> 10));
                    chars[count++] = (char)(0xDC00 + (scalar & 0x3FF));
                }
                else chars[count++] = (char)scalar;
            }
            return new string(chars, 0, count);
        }
    }
}
