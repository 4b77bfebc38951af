namespace Rivet.Generators.Common
{
    /// <summary>Names of pipeline steps, so tests can check that they are cached.</summary>
    public static class TrackingNames
    {
        /// <summary>The value-equal models read from the declarations.</summary>
        public const string Declarations = "Declarations";

        /// <summary>The models paired with the target XLEN.</summary>
        public const string PerTarget = "PerTarget";
    }
}
