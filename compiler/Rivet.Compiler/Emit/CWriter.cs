using System.Text;

namespace Rivet.Compiler.Emit;

/// <summary>Writes C text with indentation.</summary>
public sealed class CWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;
    /// <summary>The C# line every following C line belongs to (<see cref="SourceLine"/>), or 0.</summary>
    private int _sourceLine;
    /// <summary>A line was written since the last #line: the next one needs its own.</summary>
    private bool _sourceLineUsed;

    public void Line(string line = "")
    {
        RestateSourceLine();
        if (line.Length > 0) _text.Append(' ', _indent * 4).Append(line);
        _text.Append('\n');
    }

    /// <summary>A line that must start in column 0 (labels, #line, #pragma).</summary>
    public void Raw(string line)
    {
        RestateSourceLine();
        _text.Append(line).Append('\n');
    }

    /// <summary>Maps the following C lines to C# line <paramref name="line"/> of the file
    /// <paramref name="fileLiteral"/> (a C string literal). After a #line the C compiler counts on
    /// (the next line is line + 1), so the directive is restated before every further line: the
    /// many C lines of one C# statement all carry its line.</summary>
    public void SourceLine(int line, string fileLiteral)
    {
        _text.Append("#line ").Append(line).Append(' ').Append(fileLiteral).Append('\n');
        _sourceLine = line;
        _sourceLineUsed = false;
    }

    private void RestateSourceLine()
    {
        if (_sourceLine == 0) return;
        if (_sourceLineUsed) _text.Append("#line ").Append(_sourceLine).Append('\n');
        _sourceLineUsed = true;
    }

    public void Indent() => _indent++;
    public void Outdent() => _indent--;
    public void Append(CWriter other) => _text.Append(other._text);
    public override string ToString() => _text.ToString();
}
