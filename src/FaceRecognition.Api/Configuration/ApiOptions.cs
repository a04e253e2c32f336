using System.ComponentModel.DataAnnotations;

namespace FaceRecognition.Api.Configuration;

/// <summary>Section <c>Api</c>: request limits and browser access.</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    /// <summary>Largest accepted file in a multipart upload.</summary>
    [Range(1024, 1L << 31)]
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Largest accepted request body (all files and fields together).</summary>
    [Range(1024, 1L << 32)]
    public long MaxRequestBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>Origins allowed by CORS; empty disables CORS, "*" allows any origin.</summary>
    public string[] CorsAllowedOrigins { get; set; } = [];
}
