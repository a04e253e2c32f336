using System.ComponentModel.DataAnnotations;

namespace FaceRecognition.Application.Common.Options;

/// <summary>
/// Section <c>Auth</c>: face sign-in accounts. <see cref="SigningKey"/> is checked at startup by the infrastructure,
/// which knows the hosting environment (a missing or sample key is refused outside Development).
/// </summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>The sample value shipped for Development starts with this; it is never accepted elsewhere.</summary>
    public const string SampleKeyPrefix = "change-me";

    /// <summary>HS256 secret for access tokens, at least 32 bytes as UTF-8.</summary>
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "FaceRecognition";

    public string Audience { get; set; } = "FaceRecognition.Clients";

    [Range(1, 24 * 60)]
    public int AccessTokenMinutes { get; set; } = 30;

    /// <summary>Refuse sign-in when the face looks like a photo, screen or mask.</summary>
    public bool RequireLiveness { get; set; } = true;

    /// <summary>Failed sign-ins within <see cref="FailureWindowMinutes"/> that lock the username.</summary>
    [Range(1, 1000)]
    public int MaxFailedAttempts { get; set; } = 5;

    [Range(1, 24 * 60)]
    public int FailureWindowMinutes { get; set; } = 15;

    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;
}
