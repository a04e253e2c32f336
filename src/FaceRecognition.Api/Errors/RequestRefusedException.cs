namespace FaceRecognition.Api.Errors;

/// <summary>
/// The HTTP layer refuses a request before any use case runs (a bad request target, too many requests): the status,
/// title and detail go to the client as they are.
/// </summary>
public sealed class RequestRefusedException(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    /// <summary>When the client may try again (sent as <c>Retry-After</c>), if that is known.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
