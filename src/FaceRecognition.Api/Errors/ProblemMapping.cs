using FaceRecognition.Api.Errors;
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
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problem(
                StatusCodes.Status413PayloadTooLarge, "Upload too large.", "The request body is larger than this service accepts. Send smaller images."),
            BadHttpRequestException b => Problem(b.StatusCode, "Bad request.", b.Message),
            ValueProviderException or InvalidDataException => FromFormReadFailure(exception),
            OperationCanceledException => Problem(499, "Request cancelled.", "The client closed the request."),
            _ => Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred.",
                includeDetails ? exception.ToString() : "The error has been logged; quote the traceId when reporting it."),
        };
    }

    /// <summary>Form parsing errors wrap Kestrel's size-limit error, which is the client's to fix.</summary>
    private static ProblemDetails FromFormReadFailure(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                || (e is InvalidDataException && e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)))
            {
                return Problem(StatusCodes.Status413PayloadTooLarge, "Upload too large.",
                    "The request body or one of its files is larger than this service accepts. Send smaller images.");
            }
        }

        return Problem(StatusCodes.Status400BadRequest, "Malformed form data.",
            "The multipart/form-data body could not be read. Check the Content-Type boundary and the field encoding.");
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
