namespace Rivet.Kernel.Memory
{
    /// <summary>Text for each <see cref="MapError"/> (string literals: usable in a panic).</summary>
    internal static class MapErrors
    {
        public static string Describe(MapError error) => error switch
        {
            MapError.None => "no error",
            MapError.Misaligned => "address or size not page aligned",
            MapError.BadVirtualAddress => "virtual address outside the paging mode",
            MapError.BadPhysicalAddress => "physical address wider than the paging mode's PPN",
            MapError.BadPermissions => "reserved permission combination",
            MapError.AlreadyMapped => "range already mapped",
            MapError.OutOfFrames => "no frame left for a page table",
            MapError.NotMapped => "range not mapped by 4 KiB pages",
            _ => "unknown mapping error",
        };
    }
}
