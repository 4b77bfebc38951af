using System.Linq;
using Microsoft.CodeAnalysis;

namespace Rivet.Analyzers.Common
{
    /// <summary>The attribute types (declared in corlib, runtime/corlib/Rivet/Attributes) the analyzers key on.</summary>
    internal sealed class RivetSymbols
    {
        private readonly INamedTypeSymbol? _trapHandler;
        private readonly INamedTypeSymbol? _interruptHandler;
        private readonly INamedTypeSymbol? _interruptMaskingLock;
        private readonly INamedTypeSymbol? _taskOnlyLock;
        private readonly INamedTypeSymbol? _blocking;

        public RivetSymbols(Compilation compilation)
        {
            _trapHandler = compilation.GetTypeByMetadataName("Rivet.TrapHandlerAttribute");
            _interruptHandler = compilation.GetTypeByMetadataName("Rivet.InterruptHandlerAttribute");
            _interruptMaskingLock = compilation.GetTypeByMetadataName("Rivet.InterruptMaskingLockAttribute");
            _taskOnlyLock = compilation.GetTypeByMetadataName("Rivet.TaskOnlyLockAttribute");
            _blocking = compilation.GetTypeByMetadataName("Rivet.BlockingAttribute");
        }

        /// <summary>True when the compilation sees Rivet's handler attributes at all.</summary>
        public bool DeclaresHandlers => _trapHandler is not null || _interruptHandler is not null;

        public bool IsHandler(ISymbol symbol) => Has(symbol, _trapHandler) || Has(symbol, _interruptHandler);

        public bool IsBlocking(IMethodSymbol method) => Has(method.OriginalDefinition, _blocking);

        public bool IsTaskOnlyLock(ITypeSymbol? type) => type is not null && Has(type.OriginalDefinition, _taskOnlyLock);

        public bool IsInterruptMaskingLock(ITypeSymbol? type) => type is not null && Has(type.OriginalDefinition, _interruptMaskingLock);

        private static bool Has(ISymbol symbol, INamedTypeSymbol? attribute) =>
            attribute is not null && symbol.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute));
    }
}
