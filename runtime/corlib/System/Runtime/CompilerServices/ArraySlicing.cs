namespace System.Runtime.CompilerServices
{
    public static partial class RuntimeHelpers
    {
        /// <summary>
        /// array[range] (C# 8 ranges on arrays): a copy of the slice. The copy is a T[] even when the
        /// array is of a type derived from T (.NET keeps the derived array type there).
        /// </summary>
        public static T[] GetSubArray<T>(T[] array, Range range)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            (int offset, int length) = range.GetOffsetAndLength(array.Length);
            if (length == 0) return Array.Empty<T>();
            var result = new T[length];
            new ReadOnlySpan<T>(array, offset, length).CopyTo(result);
            return result;
        }
    }
}
