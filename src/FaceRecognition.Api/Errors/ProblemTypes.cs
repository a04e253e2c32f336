namespace FaceRecognition.Api.Errors;

/// <summary>The RFC 9457 <c>type</c> and default <c>title</c> of each status the service answers with.</summary>
public static class ProblemTypes
{
    private static readonly Dictionary<int, (string Type, string Title)> Known = new()
    {
        [400] = ("https://tools.ietf.org/html/rfc9110#section-15.5.1", "Bad Request"),
        [401] = ("https://tools.ietf.org/html/rfc9110#section-15.5.2", "Unauthorized"),
        [403] = ("https://tools.ietf.org/html/rfc9110#section-15.5.4", "Forbidden"),
        [404] = ("https://tools.ietf.org/html/rfc9110#section-15.5.5", "Not Found"),
        [405] = ("https://tools.ietf.org/html/rfc9110#section-15.5.6", "Method Not Allowed"),
        [406] = ("https://tools.ietf.org/html/rfc9110#section-15.5.7", "Not Acceptable"),
        [408] = ("https://tools.ietf.org/html/rfc9110#section-15.5.9", "Request Timeout"),
        [409] = ("https://tools.ietf.org/html/rfc9110#section-15.5.10", "Conflict"),
        [413] = ("https://tools.ietf.org/html/rfc9110#section-15.5.14", "Content Too Large"),
        [414] = ("https://tools.ietf.org/html/rfc9110#section-15.5.15", "URI Too Long"),
        [415] = ("https://tools.ietf.org/html/rfc9110#section-15.5.16", "Unsupported Media Type"),
        [422] = ("https://tools.ietf.org/html/rfc9110#section-15.5.21", "Unprocessable Content"),
        [429] = ("https://tools.ietf.org/html/rfc6585#section-4", "Too Many Requests"),
        [431] = ("https://tools.ietf.org/html/rfc6585#section-5", "Request Header Fields Too Large"),
        [500] = ("https://tools.ietf.org/html/rfc9110#section-15.6.1", "Internal Server Error"),
        [503] = ("https://tools.ietf.org/html/rfc9110#section-15.6.4", "Service Unavailable"),
    };

    /// <summary>"about:blank" (RFC 9457 §4.2.1) for a status without a more specific description.</summary>
    public static string For(int status) => Known.TryGetValue(status, out var known) ? known.Type : "about:blank";

    public static string? TitleFor(int status) => Known.TryGetValue(status, out var known) ? known.Title : null;
}
