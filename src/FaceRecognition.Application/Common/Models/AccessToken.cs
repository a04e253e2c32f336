namespace FaceRecognition.Application.Common.Models;

/// <summary>A freshly issued bearer token with its id (<c>jti</c>) and the moment it stops being valid.</summary>
public sealed record AccessToken(string Value, string TokenId, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt)
{
    /// <summary>Whole seconds from issue to expiry, as OAuth's <c>expires_in</c>.</summary>
    public int ExpiresInSeconds => (int)(ExpiresAt - IssuedAt).TotalSeconds;
}
