using System.Text;

namespace Rivet.Compiler.Emit;

/// <summary>Writes C text with indentation.</summary>
public sealed class CWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public void Line(string line = "")
    {
        if (line.Length > 0) _text.Append(' ', _indent * 4).Append(line);
        _text.Append('\n');
    }

    /// <summary>A line that must start in column 0 (labels, #line, #pragma).</summary>
    public void Raw(string line) => _text.Append(line).Append('\n');

    public void Indent() => _indent++;
    public void Outdent() => _indent--;
    public void Append(CWriter other) => _text.Append(other._text);
    public override string ToString() => _text.ToString();
}
