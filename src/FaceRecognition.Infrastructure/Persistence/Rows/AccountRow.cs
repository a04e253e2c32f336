using FaceRecognition.Domain.Accounts;
using FaceRecognition.Domain.Faces;

namespace FaceRecognition.Infrastructure.Persistence.Rows;

/// <summary>An <c>accounts</c> row as Dapper reads it.</summary>
internal sealed class AccountRow
{
    public long Id { get; set; }

    public string Username { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string PasswordHash { get; set; } = string.Empty;

    public byte[] FaceTemplate { get; set; } = [];

    public string ModelId { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public UserAccount ToAccount() =>
        new(Id, Username, Email, PasswordHash, Embedding.FromBytes(FaceTemplate), ModelId, UtcClock.FromStored(CreatedAt));
}
