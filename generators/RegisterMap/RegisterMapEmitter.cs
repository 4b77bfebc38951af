using System.Collections.Generic;
using Rivet.Generators.Common;

namespace Rivet.Generators.RegisterMap
{
    /// <summary>Writes a register map's offset constants, after checking alignment and overlap.</summary>
    internal static class RegisterMapEmitter
    {
        public static string Emit(RegisterMapDeclaration map)
        {
            var w = new SourceWriter("RegisterMapGenerator");
            foreach (var error in Check(map))
                w.Line("#error " + error);
            w.OpenNamespace(map.Namespace);
            if (map.Specification is { } specification)
                w.Line($"/// <summary>Register offsets as specified in {specification}.</summary>");
            w.Open($"static partial class {map.TypeName}");
            for (var i = 0; i < map.Registers.Count; i++)
            {
                var register = map.Registers[i];
                if (i > 0)
                    w.Line();
                w.Line($"/// <summary>{register.Name}: {register.Width} bytes, {register.Access}.</summary>");
                w.Line($"public const int {register.Name} = 0x{register.Offset:X3};");
            }

            w.Close();
            w.CloseNamespace(map.Namespace);
            return w.ToString();
        }

        private static IEnumerable<string> Check(RegisterMapDeclaration map)
        {
            var names = new HashSet<string>();
            Register? previous = null;
            foreach (var register in map.Registers)
            {
                if (!Identifiers.IsValid(register.Name))
                    yield return $"{map.TypeName}: '{register.Name}' cannot name a register";
                if (!names.Add(register.Name))
                    yield return $"{map.TypeName}.{register.Name} is declared twice";
                if (register.Width is not (1 or 2 or 4 or 8) || register.Offset % register.Width != 0)
                    yield return $"{map.TypeName}.{register.Name}: offset 0x{register.Offset:X} is not aligned to its width {register.Width}";
                if (register.Access.StartsWith("invalid"))
                    yield return $"{map.TypeName}.{register.Name}: {register.Access}";
                if (previous is not null && previous.Offset + previous.Width > register.Offset)
                    yield return $"{map.TypeName}.{register.Name} overlaps {previous.Name}";
                previous = register;
            }
        }
    }
}
