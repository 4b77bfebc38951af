using System.Linq;
using Microsoft.CodeAnalysis;

namespace Rivet.Tests.Infrastructure
{
    /// <summary>Reads the values of generated constants from a compilation, without running code.</summary>
    public static class Constants
    {
        public static int Int(Compilation compilation, string type, string name)
        {
            var symbol = compilation.GetTypeByMetadataName(type) ?? throw new Xunit.Sdk.XunitException($"no type {type}");
            var field = symbol.GetMembers(name).OfType<IFieldSymbol>().SingleOrDefault(f => f.IsConst)
                ?? throw new Xunit.Sdk.XunitException($"no constant {type}.{name}");
            return (int)field.ConstantValue!;
        }

        public static object? EnumMember(Compilation compilation, string type, string name) =>
            compilation.GetTypeByMetadataName(type)!.GetMembers(name).OfType<IFieldSymbol>().Single().ConstantValue;
    }
}
