using System.Collections.Generic;
using System.Linq;
using Rivet.Generators.Common;

namespace Rivet.Generators.Csr
{
    /// <summary>Places a CSR's declared fields for one XLEN and finds declaration errors.</summary>
    internal static class CsrLayout
    {
        public static (IReadOnlyList<CsrField> Fields, IReadOnlyList<string> Errors) Place(CsrDeclaration csr, int xlen)
        {
            var fields = new List<CsrField>();
            var errors = new List<string>();
            if (csr.Number < 0 || csr.Number > 0xFFF)
                errors.Add($"CSR number 0x{csr.Number:X} of {csr.TypeName} is not a 12-bit CSR address");

            foreach (var declared in csr.Fields.Where(f => f.Xlen == 0 || f.Xlen == xlen))
            {
                var low = declared.LowBit < 0 ? xlen + declared.LowBit : declared.LowBit;
                var width = declared.Width == 0 ? xlen - low : declared.Width;
                var field = new CsrField(declared.Name, low, width, declared.EnumType, declared.ReadOnly);
                if (low < 0 || width < 1 || low + width > xlen)
                    errors.Add($"{csr.TypeName}.{declared.Name}: bits {low}..{low + width - 1} do not fit XLEN={xlen}");
                else if (!Identifiers.IsValid(field.Name))
                    errors.Add($"{csr.TypeName}: '{declared.Name}' cannot name a field");
                else if (fields.Any(f => f.Name == field.Name))
                    errors.Add($"{csr.TypeName}.{declared.Name} is declared twice for XLEN={xlen}");
                else if (fields.FirstOrDefault(f => (f.PlacedMask & field.PlacedMask) != 0) is { } overlapping)
                    errors.Add($"{csr.TypeName}.{declared.Name} overlaps {overlapping.Name}");
                else
                    fields.Add(field);
            }

            if (csr.Cause is not null && fields.Count > 0)
                errors.Add($"{csr.TypeName}: a [CsrCause] register has no [CsrField]s (its layout is interrupt bit + code)");
            return (fields.OrderBy(f => f.Low).ToList(), errors);
        }
    }
}
