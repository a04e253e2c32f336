using System.Globalization;

namespace FaceRecognition.Benchmarks;

/// <summary>
/// `--name value` options and `--flag` switches of one bench command. Every option the command reads is declared by
/// reading it; <see cref="RejectUnknown"/> then refuses anything else, so a typo is an error, not a silent default.
/// </summary>
internal sealed class BenchArguments
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public BenchArguments(IEnumerable<string> args, params string[] flags)
    {
        ArgumentNullException.ThrowIfNull(args);
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var name = list[i];
            if (!name.StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{name}': options are written --name value.");
            }

            if (flags.Contains(name))
            {
                _values[name] = null;
                continue;
            }

            if (i + 1 >= list.Count)
            {
                throw new ArgumentException($"Option {name} needs a value.");
            }

            _values[name] = list[++i];
        }
    }

    public bool Has(string name)
    {
        _read.Add(name);
        return _values.ContainsKey(name);
    }

    public string? Text(string name)
    {
        _read.Add(name);
        return _values.GetValueOrDefault(name);
    }

    public string Text(string name, string fallback) => Text(name) ?? fallback;

    public int Integer(string name, int fallback) =>
        Text(name) is { } value ? int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;

    public double Number(string name, double fallback) =>
        Text(name) is { } value ? double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture) : fallback;

    /// <summary>A comma-separated list, e.g. <c>--concurrency 1,2,4,8</c>.</summary>
    public IReadOnlyList<string> List(string name, params string[] fallback) =>
        Text(name) is { } value ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : fallback;

    public void RejectUnknown()
    {
        var unknown = _values.Keys.Where(k => !_read.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown option(s): {string.Join(", ", unknown)}.");
        }
    }
}
