namespace Rivet.Kernel.DeviceTree
{
    /// <summary>The structure-block tokens (DT spec 5.4.1), with their numeric values.</summary>
    public enum FdtToken : uint
    {
        BeginNode = 1,
        EndNode = 2,
        Property = 3,
        Nop = 4,
        End = 9,
    }
}
