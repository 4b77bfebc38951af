namespace System.Runtime.InteropServices
{
    /// <summary>Roslyn marks <c>where T : unmanaged</c> with modreq(UnmanagedType); the values are .NET's.</summary>
    public enum UnmanagedType
    {
        Bool = 2, I1 = 3, U1 = 4, I2 = 5, U2 = 6, I4 = 7, U4 = 8, I8 = 9, U8 = 10, R4 = 11, R8 = 12,
        LPStr = 20, LPWStr = 21, SysInt = 31, SysUInt = 32, FunctionPtr = 38, LPArray = 42, Struct = 27,
    }
}
