using System.Collections;
using System.Collections.Generic;

namespace System
{
    /// <summary>Enumerates the chars of a string (what foreach over a string uses when not lowered to a loop).</summary>
    public sealed class CharEnumerator : IEnumerator<char>, ICloneable
    {
        private readonly string _str;
        private int _index;

        internal CharEnumerator(string str)
        {
            _str = str;
            _index = -1;
        }

        public bool MoveNext()
        {
            if (_index < _str.Length - 1)
            {
                _index++;
                return true;
            }
            _index = _str.Length;
            return false;
        }

        public char Current
        {
            get
            {
                if ((uint)_index >= (uint)_str.Length) ThrowHelper.ThrowInvalidOperationException_EnumOpCantHappen();
                return _str[_index];
            }
        }

        object IEnumerator.Current => Current;

        public void Reset() => _index = -1;

        public void Dispose() { }

        public object Clone() => MemberwiseClone();
    }
}
