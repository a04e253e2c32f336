using FaceRecognition.Application.Common.Exceptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FaceRecognition.Api.Errors;

/// <summary>
/// The one place where exceptions become RFC 9457 problem responses. Anything not listed is a 500 whose details are
/// shown only in Development.
/// </summary>
public static class ProblemMapping
{
    public static ProblemDetails ToProblem(Exception exception, bool includeDetails)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            ValidationException v => new ValidationProblemDetails(v.Errors.ToDictionary(kv => kv.Key, kv => kv.Value))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "One or more fields are invalid.",
                Detail = string.Join(" ", v.Errors.SelectMany(kv => kv.Value)),
            },
            InvalidImageException i => Problem(ImageStatus(i.Reason), ImageTitle(i.Reason), i.Message, ("field", i.Field)),
            NoFaceDetectedException n => Problem(StatusCodes.Status422UnprocessableEntity, "No face detected.", n.Message, ("field", n.Field)),
            NotFoundException => Problem(StatusCodes.Status404NotFound, "Not found.", exception.Message),
            ConflictException => Problem(StatusCodes.Status409Conflict, "Conflict.", exception.Message),
            AuthenticationFailedException => Problem(StatusCodes.Status401Unauthorized, "Unauthorized.", exception.Message),
            AccountLockedException => Problem(StatusCodes.Status429TooManyRequests, "Too many attempts.", exception.Message),
            StorageUnavailableException => Problem(StatusCodes.Status503ServiceUnavailable, "Database unavailable.",
                "The database cannot be reached right now. Nothing was changed; retry shortly."),
            StorageBusyException => Problem(StatusCodes.Status503ServiceUnavailable, "Database busy.",
                "The database is busy with other writes. Nothing was changed; retry shortly."),
            ServiceNotReadyException => Problem(StatusCodes.Status503ServiceUnavailable, "Service not ready.", exception.Message),
            UploadTooLargeException => Problem(StatusCodes.Status413PayloadTooLarge, "Upload too large.", exception.Message),
            RequestRefusedException r => Problem(r.Status, r.Title, r.Message),
            BadHttpRequestException or FormReadException or ValueProviderException or InvalidDataException => FromReadFailure(exception),
            OperationCanceledException => Problem(499, "Request cancelled.", "The client closed the request."),
            _ => Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred.",
                includeDetails ? exception.ToString() : "The error has been logged; quote the traceId when reporting it."),
        };
    }

    /// <summary>
    /// Reading the body failed: over a size limit (413, also for chunked bodies, which have no declared length), too
    /// slow (Kestrel's 408), or not well-formed multipart/form-data (400, saying what was wrong).
    /// </summary>
    private static ProblemDetails FromReadFailure(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }:
                case InvalidDataException when e.Message.StartsWith("Multipart body length limit", StringComparison.Ordinal):
                    return Problem(StatusCodes.Status413PayloadTooLarge, "Upload too large.",
                        "The request body or one of its files is larger than this service accepts. Send smaller or fewer images.");
                case BadHttpRequestException bad:
                    return Problem(bad.StatusCode, "Bad request.", bad.Message);
                case InvalidDataException invalid:
                    // The framework's form-reader messages name only limits and framing ("Missing content-type boundary."), never data.
                    return Problem(StatusCodes.Status400BadRequest, "Malformed form data.",
                        $"The multipart/form-data body could not be read: {invalid.Message} Send each field once, as a well-formed multipart body with the boundary declared in Content-Type.");
            }
        }

        return Problem(StatusCodes.Status400BadRequest, "Malformed form data.",
            "The multipart/form-data body could not be read (it ended early or its framing is broken). Check the Content-Type boundary and the field encoding.");
    }

    private static int ImageStatus(InvalidImageReason reason) => reason switch
    {
        InvalidImageReason.UnsupportedFormat => StatusCodes.Status415UnsupportedMediaType,
        InvalidImageReason.TooLarge => StatusCodes.Status413PayloadTooLarge,
        _ => StatusCodes.Status400BadRequest,
    };

    private static string ImageTitle(InvalidImageReason reason) => reason switch
    {
        InvalidImageReason.Empty => "Empty image.",
        InvalidImageReason.UnsupportedFormat => "Unsupported image format.",
        InvalidImageReason.TooLarge => "Image too large.",
        _ => "Corrupt image.",
    };

    /// <summary>
    /// A problem the HTTP layer answers without an exception (the API-key filter, the bearer challenge). Whoever
    /// builds it, <see cref="ProblemJsonWriter"/> adds type, instance, trace and correlation ids when writing it.
    /// </summary>
    public static ProblemDetails Refusal(int status, string title, string detail) => Problem(status, title, detail);

    private static ProblemDetails Problem(int status, string title, string detail, params (string Key, object? Value)[] extensions)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        foreach (var (key, value) in extensions)
        {
            if (value is not null)
            {
                problem.Extensions[key] = value;
            }
        }

        return problem;
    }
}
