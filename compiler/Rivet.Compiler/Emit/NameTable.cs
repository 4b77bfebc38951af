namespace Rivet.Compiler.Emit;

/// <summary>Hands out unique, stable C identifiers: the readable base name first, then
/// <c>_2</c>, <c>_3</c>… for later claimants of the same base name.</summary>
public sealed class NameTable
{
    private readonly Dictionary<string, string> _byKey = new();
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public NameTable()
    {
        foreach (var reserved in CKeywords) _taken.Add(reserved);
    }

    public string Get(string key, string baseName)
    {
        if (_byKey.TryGetValue(key, out var name)) return name;
        name = baseName;
        for (int i = 2; !_taken.Add(name); i++) name = baseName + "_" + i;
        _byKey[key] = name;
        return name;
    }

    private static readonly string[] CKeywords =
    [
        "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum",
        "extern", "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return",
        "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void",
        "volatile", "while", "main", "errno", "stdin", "stdout", "stderr", "memcpy", "memset", "memmove",
        // runtime/native/core/rivet.h
        "RivetType", "RivetObject", "RivetInterfaceMap", "RivetEnumEntry", "RivetArray", "RivetMdArray",
        "RivetString", "RivetExceptionFrame", "RivetMethodInfo", "likely", "unlikely",
    ];
}
