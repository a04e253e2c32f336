using System.ComponentModel.DataAnnotations;

namespace FaceRecognition.Application.Common.Options;

/// <summary>Section <c>Application</c>.</summary>
public sealed class ApplicationOptions
{
    public const string SectionName = "Application";

    /// <summary>Use cases slower than this are logged at Warning.</summary>
    [Range(1, 600_000)]
    public int SlowRequestWarningMs { get; set; } = 1000;

    /// <summary>Face requests (decode + models) allowed to run at once; 0 means twice the processor count.</summary>
    [Range(0, 1024)]
    public int MaxConcurrentFaceRequests { get; set; }
}
