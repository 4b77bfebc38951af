namespace System
{
    /// <summary>
    /// The collector's API. Rivet has no collector yet (DESIGN.md, "Runtime library rules"): nothing
    /// is ever reclaimed and no finalizer runs, so these calls have nothing to do, which is exactly
    /// their meaning here; they exist so that idiomatic code (the Dispose pattern) compiles.
    /// </summary>
    public static class GC
    {
        /// <summary>No finalizer ever runs on Rivet, so there is nothing to suppress.</summary>
        public static void SuppressFinalize(object obj)
        {
            if (obj == null) ThrowHelper.ThrowArgumentNullException(nameof(obj));
        }

        public static void ReRegisterForFinalize(object obj)
        {
            if (obj == null) ThrowHelper.ThrowArgumentNullException(nameof(obj));
        }

        /// <summary>Objects are never collected, so every object stays alive anyway.</summary>
        public static void KeepAlive(object? obj) { }

        /// <summary>There is no collector to run.</summary>
        public static void Collect() { }

        public static void WaitForPendingFinalizers() { }

        public static int MaxGeneration => 0;
    }
}
