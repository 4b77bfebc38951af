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
        /// safe). Primitive elements: .NET's widening conversions (int to long, char to int, float to
        /// double, …). Reference elements into an array of a base type: a block move; into a derived
        /// type: each element is checked (InvalidCastException). Boxing and unboxing copies (int[] to
        /// object[]) are not supported and throw ArrayTypeMismatchException.
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
                PrimitiveKind sourceKind = KindOf(sourceArray.GetType().GetElementType()!);
                PrimitiveKind destinationKind = KindOf(destinationArray.GetType().GetElementType()!);
                if (sourceKind != PrimitiveKind.None && destinationKind != PrimitiveKind.None)
                {
                    if (!CanWiden(sourceKind, destinationKind)) throw new ArrayTypeMismatchException("Source array type cannot be assigned to destination array type.");
                    CopyWidening(sourceArray, sourceIndex, sourceKind, destinationArray, destinationIndex, destinationKind, length);
                    return;
                }
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

        private enum PrimitiveKind
        {
            None, Boolean, Char, SByte, Byte, Int16, UInt16, Int32, UInt32, Int64, UInt64, Single, Double,
        }

        private static PrimitiveKind KindOf(Type type)
        {
            if (type == typeof(bool)) return PrimitiveKind.Boolean;
            if (type == typeof(char)) return PrimitiveKind.Char;
            if (type == typeof(sbyte)) return PrimitiveKind.SByte;
            if (type == typeof(byte)) return PrimitiveKind.Byte;
            if (type == typeof(short)) return PrimitiveKind.Int16;
            if (type == typeof(ushort)) return PrimitiveKind.UInt16;
            if (type == typeof(int)) return PrimitiveKind.Int32;
            if (type == typeof(uint)) return PrimitiveKind.UInt32;
            if (type == typeof(long)) return PrimitiveKind.Int64;
            if (type == typeof(ulong)) return PrimitiveKind.UInt64;
            if (type == typeof(float)) return PrimitiveKind.Single;
            if (type == typeof(double)) return PrimitiveKind.Double;
            return PrimitiveKind.None;
        }

        /// <summary>The widenings Array.Copy performs (ECMA-335 I.8.7; the same table as CoreCLR's).</summary>
        private static bool CanWiden(PrimitiveKind source, PrimitiveKind destination) => source switch
        {
            PrimitiveKind.Byte => destination is PrimitiveKind.Char or PrimitiveKind.Int16 or PrimitiveKind.UInt16 or PrimitiveKind.Int32 or PrimitiveKind.UInt32 or PrimitiveKind.Int64 or PrimitiveKind.UInt64 or PrimitiveKind.Single or PrimitiveKind.Double,
            PrimitiveKind.SByte => destination is PrimitiveKind.Int16 or PrimitiveKind.Int32 or PrimitiveKind.Int64 or PrimitiveKind.Single or PrimitiveKind.Double,
            PrimitiveKind.Char => destination is PrimitiveKind.UInt16 or PrimitiveKind.Int32 or PrimitiveKind.UInt32 or PrimitiveKind.Int64 or PrimitiveKind.UInt64 or PrimitiveKind.Single or PrimitiveKind.Double,
            PrimitiveKind.Int16 => destination is PrimitiveKind.Int32 or PrimitiveKind.Int64 or PrimitiveKind.Single or PrimitiveKind.Double,
            PrimitiveKind.UInt16 => destination is PrimitiveKind.Char or PrimitiveKind.Int32 or PrimitiveKind.UInt32 or PrimitiveKind.Int64 or PrimitiveKind.UInt64 or PrimitiveKind.Single or PrimitiveKind.Double,
            PrimitiveKind.Int32 => destination is PrimitiveKind.Int64 or PrimitiveKind.Single or PrimitiveKind.Double,
            PrimitiveKind.UInt32 => destination is PrimitiveKind.Int64 or PrimitiveKind.UInt64 or PrimitiveKind.Single or PrimitiveKind.Double,
            PrimitiveKind.Int64 or PrimitiveKind.UInt64 => destination is PrimitiveKind.Single or PrimitiveKind.Double,
            PrimitiveKind.Single => destination is PrimitiveKind.Double,
            _ => false,
        };

        private static void CopyWidening(Array sourceArray, int sourceIndex, PrimitiveKind sourceKind, Array destinationArray, int destinationIndex, PrimitiveKind destinationKind, int length)
        {
            ref byte source = ref RuntimeHelpers.GetRawArrayData(sourceArray);
            ref byte destination = ref RuntimeHelpers.GetRawArrayData(destinationArray);
            for (int i = 0; i < length; i++)
            {
                int from = sourceIndex + i;
                int to = destinationIndex + i;
                // Every widening source is exactly representable as a long, except ulong (kept apart) and float.
                if (sourceKind == PrimitiveKind.Single)
                {
                    Unsafe.Add(ref Unsafe.As<byte, double>(ref destination), to) = Unsafe.Add(ref Unsafe.As<byte, float>(ref source), from);
                    continue;
                }
                if (sourceKind == PrimitiveKind.UInt64)
                {
                    ulong big = Unsafe.Add(ref Unsafe.As<byte, ulong>(ref source), from);
                    if (destinationKind == PrimitiveKind.Single) Unsafe.Add(ref Unsafe.As<byte, float>(ref destination), to) = big;
                    else Unsafe.Add(ref Unsafe.As<byte, double>(ref destination), to) = big;
                    continue;
                }
                long value = sourceKind switch
                {
                    PrimitiveKind.Byte => Unsafe.Add(ref source, from),
                    PrimitiveKind.SByte => Unsafe.Add(ref Unsafe.As<byte, sbyte>(ref source), from),
                    PrimitiveKind.Char => Unsafe.Add(ref Unsafe.As<byte, char>(ref source), from),
                    PrimitiveKind.Int16 => Unsafe.Add(ref Unsafe.As<byte, short>(ref source), from),
                    PrimitiveKind.UInt16 => Unsafe.Add(ref Unsafe.As<byte, ushort>(ref source), from),
                    PrimitiveKind.Int32 => Unsafe.Add(ref Unsafe.As<byte, int>(ref source), from),
                    PrimitiveKind.UInt32 => Unsafe.Add(ref Unsafe.As<byte, uint>(ref source), from),
                    _ => Unsafe.Add(ref Unsafe.As<byte, long>(ref source), from),
                };
                switch (destinationKind)
                {
                    case PrimitiveKind.Char: Unsafe.Add(ref Unsafe.As<byte, char>(ref destination), to) = (char)value; break;
                    case PrimitiveKind.Int16: Unsafe.Add(ref Unsafe.As<byte, short>(ref destination), to) = (short)value; break;
                    case PrimitiveKind.UInt16: Unsafe.Add(ref Unsafe.As<byte, ushort>(ref destination), to) = (ushort)value; break;
                    case PrimitiveKind.Int32: Unsafe.Add(ref Unsafe.As<byte, int>(ref destination), to) = (int)value; break;
                    case PrimitiveKind.UInt32: Unsafe.Add(ref Unsafe.As<byte, uint>(ref destination), to) = (uint)value; break;
                    case PrimitiveKind.Int64: Unsafe.Add(ref Unsafe.As<byte, long>(ref destination), to) = value; break;
                    case PrimitiveKind.UInt64: Unsafe.Add(ref Unsafe.As<byte, ulong>(ref destination), to) = (ulong)value; break;
                    case PrimitiveKind.Single: Unsafe.Add(ref Unsafe.As<byte, float>(ref destination), to) = value; break;
                    default: Unsafe.Add(ref Unsafe.As<byte, double>(ref destination), to) = value; break;
                }
            }
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
