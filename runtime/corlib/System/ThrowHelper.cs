using System.Diagnostics.CodeAnalysis;

namespace System
{
    /// <summary>Cold throw paths kept out of hot library methods so those stay small.</summary>
    internal static class ThrowHelper
    {
        [DoesNotReturn]
        internal static void ThrowArgumentOutOfRangeException() => throw new ArgumentOutOfRangeException();

        [DoesNotReturn]
        internal static void ThrowArgumentOutOfRangeException(string paramName) => throw new ArgumentOutOfRangeException(paramName);

        [DoesNotReturn]
        internal static void ThrowArgumentOutOfRange_IndexMustBeLess(string paramName) =>
            throw new ArgumentOutOfRangeException(paramName, "Index was out of range. Must be non-negative and less than the size of the collection.");

        [DoesNotReturn]
        internal static void ThrowArgumentOutOfRange_IndexMustBeLessOrEqual(string paramName) =>
            throw new ArgumentOutOfRangeException(paramName, "Index must be within the bounds of the List.");

        [DoesNotReturn]
        internal static void ThrowArgumentOutOfRange_NeedNonNegNum(string paramName) =>
            throw new ArgumentOutOfRangeException(paramName, "Non-negative number required.");

        [DoesNotReturn]
        internal static void ThrowArgumentException_InvalidOffLen() =>
            throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");

        [DoesNotReturn]
        internal static void ThrowIndexOutOfRangeException() => throw new IndexOutOfRangeException();

        [DoesNotReturn]
        internal static void ThrowArgumentException_DestinationTooShort() => throw new ArgumentException("Destination is too short.", "destination");

        [DoesNotReturn]
        internal static void ThrowArgumentNullException(string paramName) => throw new ArgumentNullException(paramName);

        [DoesNotReturn]
        internal static void ThrowArgumentException_AddingDuplicate<TKey>(TKey key) =>
            throw new ArgumentException("An item with the same key has already been added. Key: " + (key == null ? "" : key.ToString()));

        [DoesNotReturn]
        internal static void ThrowKeyNotFoundException<TKey>(TKey key) =>
            throw new System.Collections.Generic.KeyNotFoundException("The given key '" + (key == null ? "" : key.ToString()) + "' was not present in the dictionary.");

        [DoesNotReturn]
        internal static void ThrowInvalidOperationException_EnumFailedVersion() =>
            throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");

        [DoesNotReturn]
        internal static void ThrowInvalidOperationException_EnumOpCantHappen() =>
            throw new InvalidOperationException("Enumeration has either not started or has already finished.");

        [DoesNotReturn]
        internal static void ThrowInvalidOperationException_EmptyQueue() => throw new InvalidOperationException("Queue empty.");

        [DoesNotReturn]
        internal static void ThrowInvalidOperationException_EmptyStack() => throw new InvalidOperationException("Stack empty.");

        [DoesNotReturn]
        internal static void ThrowInvalidOperationException_NoElements() => throw new InvalidOperationException("Sequence contains no elements");

        [DoesNotReturn]
        internal static void ThrowComparisonFailed(Exception inner) =>
            throw new InvalidOperationException("Failed to compare two elements in the array.", inner);
    }
}
