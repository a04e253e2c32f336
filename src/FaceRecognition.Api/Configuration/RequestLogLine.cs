using System.Globalization;
using System.Text;
using Serilog.AspNetCore;
using Serilog.Events;

namespace FaceRecognition.Api.Configuration;

/// <summary>
/// The one log line per request (Serilog's request logging), with the path made safe: the server decodes
/// <c>%0A</c> in a URL to a real line break, which would let a client forge log lines, so control and line-separator
/// characters are written back percent-encoded.
/// </summary>
public static class RequestLogLine
{
    public const string Template = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms [{CorrelationId}]";

    /// <summary>
    /// Writes through <paramref name="logger"/>, the host's Serilog logger (the middleware would otherwise use the
    /// static Log.Logger, which this service leaves unset so that several hosts can share a process).
    /// </summary>
    public static void Configure(RequestLoggingOptions options, Serilog.ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Logger = logger;
        options.MessageTemplate = Template;
        options.GetMessageTemplateProperties = (context, path, elapsedMs, statusCode) =>
        [
            new LogEventProperty("RequestMethod", new ScalarValue(Escape(context.Request.Method))),
            new LogEventProperty("RequestPath", new ScalarValue(Escape(path))),
            new LogEventProperty("StatusCode", new ScalarValue(statusCode)),
            new LogEventProperty("Elapsed", new ScalarValue(elapsedMs)),
        ];
    }

    /// <summary>Percent-encodes (as UTF-8) every character that could end or fake a log line.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsBmp && NeedsEscape((char)rune.Value))
            {
                var length = rune.EncodeToUtf8(utf8);
                foreach (var b in utf8[..length])
                {
                    escaped.Append(CultureInfo.InvariantCulture, $"%{b:X2}");
                }
            }
            else
            {
                escaped.Append(rune.ToString());
            }
        }

        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
