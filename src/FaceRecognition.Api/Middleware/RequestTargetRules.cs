using FaceRecognition.Api.Errors;
using FaceRecognition.Application.Common.Validation;

namespace FaceRecognition.Api.Middleware;

/// <summary>
/// What a request target (the path and query exactly as the client sent them) may not contain. Kestrel resolves
/// <c>.</c> and <c>..</c> segments, also percent-encoded ones, before routing, so <c>DELETE …/subjects/..</c> would
/// reach <c>DELETE /galleries/{gallery}</c>; a proxy in front may decode <c>%2f</c> where we do not. No path of this
/// API needs any of that, so such targets are refused rather than interpreted.
/// </summary>
public static class RequestTargetRules
{
    /// <summary>
    /// Longest accepted target. Our longest path is about 200 characters; this sits well below Kestrel's request-line
    /// limit (<see cref="Configuration.KestrelLimits.MaxRequestLineBytes"/>, answered with a bare 414 before the app sees
    /// the request), so over-long targets up to that get a 414 problem.
    /// </summary>
    public const int MaxTargetLength = 2048;

    /// <summary>The refusal for a target, or null when it is acceptable.</summary>
    public static RequestRefusedException? Check(string rawTarget)
    {
        ArgumentNullException.ThrowIfNull(rawTarget);
        if (rawTarget.Length > MaxTargetLength)
        {
            return new RequestRefusedException(StatusCodes.Status414UriTooLong, "Request target too long.",
                $"The request target is {rawTarget.Length} characters; this service accepts at most {MaxTargetLength}. Its paths are short: names are at most 64 characters and photos go in the body.");
        }

        foreach (var segment in PathOf(rawTarget).Split('/'))
        {
            var dotted = segment.Replace("%2e", ".", StringComparison.OrdinalIgnoreCase);
            if (dotted is "." or "..")
            {
                return Refused("The request path contains a '.' or '..' segment (perhaps percent-encoded as %2e). Paths are never resolved here: send the resource's own path, e.g. /api/v1/galleries/{gallery}/subjects/{subjectId}.");
            }

            if (segment.Contains('\\', StringComparison.Ordinal)
                || segment.Contains("%2f", StringComparison.OrdinalIgnoreCase)
                || segment.Contains("%5c", StringComparison.OrdinalIgnoreCase))
            {
                return Refused("The request path contains a backslash or a percent-encoded '/' or '\\' (%2f, %5c). No name in this API contains one.");
            }

            // Decoded, a control or invisible character would reach routing, names and log lines as it is.
            if (TextRules.HasControlOrInvisibleCharacters(Uri.UnescapeDataString(segment)))
            {
                return Refused("The request path contains a percent-encoded control character (such as %0a), line separator or invisible formatting character. No name in this API contains one.");
            }
        }

        return null;
    }

    private static RequestRefusedException Refused(string detail) =>
        new(StatusCodes.Status400BadRequest, "Request path refused.", detail);

    // Origin form "/p?q", absolute form "http://host/p?q"; the asterisk and authority forms have no path.
    private static string PathOf(string target)
    {
        var start = 0;
        if (!target.StartsWith('/'))
        {
            var scheme = target.IndexOf("://", StringComparison.Ordinal);
            if (scheme < 0)
            {
                return string.Empty;
            }

            start = target.IndexOf('/', scheme + 3);
            if (start < 0)
            {
                return string.Empty;
            }
        }

        var end = target.IndexOfAny(['?', '#'], start);
        return end < 0 ? target[start..] : target[start..end];
    }
}
