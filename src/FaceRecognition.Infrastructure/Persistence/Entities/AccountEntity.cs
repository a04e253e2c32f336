namespace FaceRecognition.Infrastructure.Persistence.Entities;

/// <summary>An <c>accounts</c> row: a sign-in account with its face template.</summary>
internal sealed class AccountEntity
{
    public long Id { get; set; }

    public string Username { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string PasswordHash { get; set; } = string.Empty;

    public byte[] FaceTemplate { get; set; } = [];

    public string ModelId { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }
}
