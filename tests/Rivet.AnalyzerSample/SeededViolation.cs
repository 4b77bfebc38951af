using Rivet;

namespace Sample
{
    /// <summary>The seeded violation: an allocation two calls away from an interrupt handler.</summary>
    public static class Console
    {
        [InterruptHandler]
        public static void OnUart() => Log("rx");

        private static void Log(string message) => Keep(new string[] { message });

        private static void Keep(string[] lines) { }
    }
}
