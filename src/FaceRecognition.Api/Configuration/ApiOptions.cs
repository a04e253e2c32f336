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

    /// <summary>
    /// Slowest accepted request body, in bytes per second after <see cref="RequestBodyGracePeriodSeconds"/>; a client
    /// that trickles its upload slower is cut off (408) instead of holding a connection and a request slot.
    /// </summary>
    [Range(1, 1_000_000_000)]
    public int MinRequestBodyBytesPerSecond { get; set; } = 240;

    /// <summary>Seconds a request body may arrive slower than <see cref="MinRequestBodyBytesPerSecond"/> before it is cut off.</summary>
    [Range(2, 300)]
    public int RequestBodyGracePeriodSeconds { get; set; } = 5;

    /// <summary>Sign-up requests one client address may make per <see cref="SignUpLimitWindowMinutes"/> (see docs/auth.md).</summary>
    [Range(1, 100_000)]
    public int SignUpLimitPerClient { get; set; } = 20;

    [Range(1, 24 * 60)]
    public int SignUpLimitWindowMinutes { get; set; } = 60;

    /// <summary>Origins allowed by CORS; empty disables CORS, "*" allows any origin.</summary>
    public string[] CorsAllowedOrigins { get; set; } = [];
}
