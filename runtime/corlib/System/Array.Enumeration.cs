using System.Collections;
using System.Runtime.InteropServices;

namespace System
{
    /// <summary>The non-generic IEnumerable every array has, as in .NET: elements in row-major order,
    /// value types boxed. (C# compiles <c>foreach</c> over an array to index loops; this is for code
    /// that enumerates an array as <see cref="IEnumerable"/>.)</summary>
    public abstract partial class Array : IEnumerable
    {
        public IEnumerator GetEnumerator()
        {
            if (rivet_array_elements_boxable(this) == 0)
                throw new NotSupportedException("Enumerating an array of Nullable<T> through the non-generic IEnumerable is not supported by Rivet.");
            return new ArrayEnumerator(this);
        }

        [DllImport("*")]
        private static extern byte rivet_array_elements_boxable(Array array);

        [DllImport("*")]
        private static extern object? rivet_array_get_value(Array array, nint index);

        private sealed class ArrayEnumerator : IEnumerator
        {
            private readonly Array _array;
            private int _index = -1;

            public ArrayEnumerator(Array array) { _array = array; }

            public bool MoveNext()
            {
                if (_index < _array.Length) _index++;
                return _index < _array.Length;
            }

            public object? Current
            {
                get
                {
                    if (_index < 0) throw new InvalidOperationException("Enumeration has not started. Call MoveNext.");
                    if (_index >= _array.Length) throw new InvalidOperationException("Enumeration already finished.");
                    return rivet_array_get_value(_array, _index);
                }
            }

            public void Reset() { _index = -1; }
        }
    }
}
