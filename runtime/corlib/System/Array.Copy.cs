using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace System
{
    /// <summary>The non-generic element copy and clear of Array, over the raw element data (docs/runtime-abi.md, "Object model").</summary>
    public abstract unsafe partial class Array : ICloneable
    {
        public object Clone() => MemberwiseClone();

        /// <summary>Copies this one-dimensional array into <paramref name="array"/> starting at <paramref name="index"/>.</summary>
        public void CopyTo(Array array, int index)
        {
            if (array != null && array.Rank != 1) throw new ArgumentException("Only single dimensional arrays are supported for the requested action.", nameof(array));
            Copy(this, 0, array!, index, Length);
        }

        public void CopyTo(Array array, long index) => CopyTo(array, checked((int)index));

        public static void Copy(Array sourceArray, Array destinationArray, int length) =>
            Copy(sourceArray, 0, destinationArray, 0, length);

        public static void Copy(Array sourceArray, Array destinationArray, long length) =>
            Copy(sourceArray, 0, destinationArray, 0, checked((int)length));

        public static void ConstrainedCopy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length) =>
            Copy(sourceArray, sourceIndex, destinationArray, destinationIndex, length);

        /// <summary>
        /// Copies elements between arrays of the same rank. Same element type: a block move (overlap
        /// safe). Reference elements into an array of a base type: a block move; into a derived type:
        /// each element is checked (InvalidCastException). Other combinations (boxing, primitive
        /// widening) are not supported and throw ArrayTypeMismatchException.
        /// </summary>
        public static void Copy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length)
        {
            if (sourceArray == null) ThrowHelper.ThrowArgumentNullException(nameof(sourceArray));
            if (destinationArray == null) ThrowHelper.ThrowArgumentNullException(nameof(destinationArray));
            if (sourceArray.Rank != destinationArray.Rank) throw new RankException("Source and destination arrays must have the same number of dimensions.");
            if (length < 0) throw new ArgumentOutOfRangeException(nameof(length), "Non-negative number required.");
            if (sourceIndex < 0) throw new ArgumentOutOfRangeException(nameof(sourceIndex), "Number was less than the array's lower bound in the first dimension.");
            if (destinationIndex < 0) throw new ArgumentOutOfRangeException(nameof(destinationIndex), "Number was less than the array's lower bound in the first dimension.");
            if (sourceArray.Length - sourceIndex < length) throw new ArgumentException("Source array was not long enough. Check the source index, length, and the array's lower bounds.", nameof(sourceArray));
            if (destinationArray.Length - destinationIndex < length) throw new ArgumentException("Destination array was not long enough. Check the destination index, length, and the array's lower bounds.", nameof(destinationArray));

            var sourceType = (RivetTypeLayout*)RuntimeHelpers.GetMethodTable(sourceArray);
            var destinationType = (RivetTypeLayout*)RuntimeHelpers.GetMethodTable(destinationArray);
            RivetTypeLayout* sourceElement = sourceType->Element;
            RivetTypeLayout* destinationElement = destinationType->Element;
            nuint elementSize = sourceType->Size;

            if (sourceElement != destinationElement)
            {
                bool referenceElements = (sourceElement->Flags & RivetTypeLayout.ValueType) == 0 && (destinationElement->Flags & RivetTypeLayout.ValueType) == 0;
                if (!referenceElements) throw new ArrayTypeMismatchException("Source array type cannot be assigned to destination array type.");
                Type sourceElementType = sourceArray.GetType().GetElementType()!;
                Type destinationElementType = destinationArray.GetType().GetElementType()!;
                if (!destinationElementType.IsAssignableFrom(sourceElementType))
                {
                    CopyCheckedReferences(sourceArray, sourceIndex, destinationArray, destinationIndex, length, destinationElementType);
                    return;
                }
            }

            MoveBytes(ref Unsafe.Add(ref RuntimeHelpers.GetRawArrayData(destinationArray), (nint)((nuint)destinationIndex * elementSize)),
                ref Unsafe.Add(ref RuntimeHelpers.GetRawArrayData(sourceArray), (nint)((nuint)sourceIndex * elementSize)),
                (nuint)length * elementSize);
        }

        private static void CopyCheckedReferences(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length, Type destinationElementType)
        {
            ref object? source = ref Unsafe.As<byte, object?>(ref RuntimeHelpers.GetRawArrayData(sourceArray));
            ref object? destination = ref Unsafe.As<byte, object?>(ref RuntimeHelpers.GetRawArrayData(destinationArray));
            for (int i = 0; i < length; i++)
            {
                object? item = Unsafe.Add(ref source, sourceIndex + i);
                if (item != null && !destinationElementType.IsAssignableFrom(item.GetType()))
                    throw new InvalidCastException("At least one element in the source array could not be cast down to the destination array type.");
            }
            if (ReferenceEquals(sourceArray, destinationArray) && sourceIndex < destinationIndex)
            {
                for (int i = length - 1; i >= 0; i--) Unsafe.Add(ref destination, destinationIndex + i) = Unsafe.Add(ref source, sourceIndex + i);
            }
            else
            {
                for (int i = 0; i < length; i++) Unsafe.Add(ref destination, destinationIndex + i) = Unsafe.Add(ref source, sourceIndex + i);
            }
        }

        /// <summary>Sets every element to its default value.</summary>
        public static void Clear(Array array)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            var type = (RivetTypeLayout*)RuntimeHelpers.GetMethodTable(array);
            ZeroBytes(ref RuntimeHelpers.GetRawArrayData(array), (nuint)array.Length * type->Size);
        }

        public static void Clear(Array array, int index, int length)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (index < 0 || length < 0 || index > array.Length - length) throw new IndexOutOfRangeException();
            var type = (RivetTypeLayout*)RuntimeHelpers.GetMethodTable(array);
            ZeroBytes(ref Unsafe.Add(ref RuntimeHelpers.GetRawArrayData(array), (nint)((nuint)index * type->Size)), (nuint)length * type->Size);
        }

        private static void MoveBytes(ref byte destination, ref byte source, nuint count)
        {
            if (count == 0 || Unsafe.AreSame(ref destination, ref source)) return;
            if (Unsafe.IsAddressGreaterThan(ref destination, ref source))
            {
                for (nuint i = count; i > 0; i--) Unsafe.Add(ref destination, (nint)(i - 1)) = Unsafe.Add(ref source, (nint)(i - 1));
            }
            else
            {
                for (nuint i = 0; i < count; i++) Unsafe.Add(ref destination, (nint)i) = Unsafe.Add(ref source, (nint)i);
            }
        }

        private static void ZeroBytes(ref byte start, nuint count)
        {
            for (nuint i = 0; i < count; i++) Unsafe.Add(ref start, (nint)i) = 0;
        }
    }
}
