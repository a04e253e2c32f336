using System.Globalization;
using System.Text;

namespace FaceRecognition.Benchmarks;

/// <summary>A Markdown table that reads well in a terminal too: columns padded to their widest cell.</summary>
internal sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    /// <summary>Right-aligns every column but the first (numbers), unless told otherwise.</summary>
    public bool AlignNumbersRight { get; init; } = true;

    public MarkdownTable Row(params object?[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"Expected {headers.Length} cells, got {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells.Select(Format).ToArray());
        return this;
    }

    public override string ToString()
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        var text = new StringBuilder();
        AppendLine(text, headers, widths);
        text.Append('|');
        for (var i = 0; i < widths.Length; i++)
        {
            var right = AlignNumbersRight && i > 0;
            text.Append(' ').Append(new string('-', Math.Max(3, widths[i]) - (right ? 1 : 0))).Append(right ? ":" : string.Empty).Append(" |");
        }

        text.AppendLine();
        foreach (var row in _rows)
        {
            AppendLine(text, row, widths);
        }

        return text.ToString();
    }

    public void Print() => Console.Write(ToString());

    private void AppendLine(StringBuilder text, string[] cells, int[] widths)
    {
        text.Append('|');
        for (var i = 0; i < cells.Length; i++)
        {
            var width = Math.Max(3, widths[i]);
            text.Append(' ').Append(AlignNumbersRight && i > 0 ? cells[i].PadLeft(width) : cells[i].PadRight(width)).Append(" |");
        }

        text.AppendLine();
    }

    private static string Format(object? cell) => cell switch
    {
        null => "–",
        double d when double.IsNaN(d) => "–",
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };
}
