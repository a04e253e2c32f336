using FaceRecognition.Domain.Faces;

namespace FaceRecognition.Domain.Accounts;

/// <summary>A sign-in account: password hash plus the face template used as the second factor.</summary>
public sealed record UserAccount(
    long Id,
    string Username,
    string Email,
    string PasswordHash,
    Embedding FaceTemplate,
    string ModelId,
    DateTimeOffset CreatedAt);
