using Rivet;
using Rivet.Arch.RiscV;

namespace Sample
{
    /// <summary>Interrupt-safe code that uses the generated CSR and trap-frame types: builds cleanly.</summary>
    public static class Traps
    {
        private static nuint s_ticks;

        [TrapHandler]
        public static void OnTrap(ref TrapFrame frame)
        {
            var cause = Scause.Read();
            if (cause.IsInterrupt && cause.AsInterrupt == InterruptCause.SupervisorTimer)
                Tick();
            else
                frame.Sepc += 4;
        }

        private static void Tick()
        {
            s_ticks++;
            Sie.ClearStie();
        }
    }
}
