using Microsoft.CodeAnalysis;

namespace Rivet.Analyzers.Common
{
    /// <summary>Rivet's diagnostics. Ids are stable; each is documented in docs/diagnostics.md.</summary>
    public static class Descriptors
    {
        private const string Category = "Rivet.InterruptSafety";
        private const string HelpBase = "docs/diagnostics.md#";

        public static readonly DiagnosticDescriptor NonMaskingLockInInterruptContext = new DiagnosticDescriptor(
            "RIVET001",
            "Lock that does not mask interrupts taken in interrupt context",
            "{0} does not mask interrupts, but this code is reachable from {1}: an interrupt on this hart can deadlock on it",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "Code reachable from a [TrapHandler] or [InterruptHandler] may take only locks marked [InterruptMaskingLock].",
            helpLinkUri: HelpBase + "rivet001", customTags: WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor AllocationInInterruptContext = new DiagnosticDescriptor(
            "RIVET002",
            "Allocation in interrupt context",
            "{0} allocates, but this code is reachable from {1}",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "Code reachable from a trap or interrupt handler must not allocate: the heap's lock may be held by the interrupted code.",
            helpLinkUri: HelpBase + "rivet002", customTags: WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor MaskingLockHeldAcrossAwait = new DiagnosticDescriptor(
            "RIVET003",
            "Interrupt-masking lock held across an await",
            "'{0}' masks interrupts and is still held at this await: the task may suspend with interrupts masked and the lock taken",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "Release an [InterruptMaskingLock] before awaiting.",
            helpLinkUri: HelpBase + "rivet003");

        public static readonly DiagnosticDescriptor BlockingInInterruptContext = new DiagnosticDescriptor(
            "RIVET004",
            "Blocking wait in interrupt context",
            "{0} may block, but this code is reachable from {1}",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "Code reachable from a trap or interrupt handler must not call a [Blocking] method.",
            helpLinkUri: HelpBase + "rivet004", customTags: WellKnownDiagnosticTags.CompilationEnd);
    }
}
