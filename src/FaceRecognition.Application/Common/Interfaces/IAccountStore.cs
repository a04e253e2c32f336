using FaceRecognition.Domain.Accounts;
using FaceRecognition.Domain.Faces;

namespace FaceRecognition.Application.Common.Interfaces;

/// <summary>Sign-in accounts, failed-attempt bookkeeping and revoked tokens, in the same database as the galleries.</summary>
public interface IAccountStore
{
    /// <summary>Creates the account; returns null when the username or the email is already taken.</summary>
    Task<UserAccount?> TryCreateAsync(string username, string email, string passwordHash, Embedding faceTemplate, string modelId, CancellationToken cancellationToken);

    Task<UserAccount?> FindByUsernameAsync(string username, CancellationToken cancellationToken);

    Task UpdatePasswordHashAsync(long accountId, string passwordHash, CancellationToken cancellationToken);

    /// <summary>Records a failed sign-in for the username (known or not) at <paramref name="at"/>.</summary>
    Task RecordFailureAsync(string username, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Failed sign-ins for the username since <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<DateTimeOffset>> ListFailuresSinceAsync(string username, DateTimeOffset since, CancellationToken cancellationToken);

    Task ClearFailuresAsync(string username, CancellationToken cancellationToken);

    Task RevokeTokenAsync(string tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    Task<bool> IsTokenRevokedAsync(string tokenId, CancellationToken cancellationToken);
}
