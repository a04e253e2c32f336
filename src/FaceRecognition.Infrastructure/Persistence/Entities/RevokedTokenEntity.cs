namespace FaceRecognition.Infrastructure.Persistence.Entities;

/// <summary>A <c>revoked_tokens</c> row: a logged-out access token, kept until it would have expired anyway.</summary>
internal sealed class RevokedTokenEntity
{
    public string TokenId { get; set; } = string.Empty;

    public DateTime ExpiresAt { get; set; }
}
