using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Domain.Accounts;
using FaceRecognition.Domain.Faces;
using FaceRecognition.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FaceRecognition.Infrastructure.Persistence;

/// <summary>Accounts, failed sign-ins and revoked tokens through EF Core, the same LINQ for SQLite and MySQL.</summary>
internal sealed class AccountStore(StoreSession session, TimeProvider timeProvider) : IAccountStore
{
    public Task<UserAccount?> TryCreateAsync(string username, string email, string passwordHash, Embedding faceTemplate, string modelId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(username);
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        ArgumentNullException.ThrowIfNull(faceTemplate);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        var account = new AccountEntity
        {
            Username = username,
            Email = email,
            PasswordHash = passwordHash,
            FaceTemplate = faceTemplate.ToBytes(),
            ModelId = modelId,
            CreatedAt = UtcClock.Now(timeProvider),
        };
        return session.RunAsync(
            async db =>
            {
                // The unique keys decide; checking first and inserting second would race.
                db.Accounts.Add(account);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    return ToAccount(account);
                }
                catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
                {
                    return null;
                }
            },
            cancellationToken);
    }

    public Task<UserAccount?> FindByUsernameAsync(string username, CancellationToken cancellationToken) =>
        session.RunAsync(
            async db =>
            {
                var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Username == username, cancellationToken);
                return account is null ? null : ToAccount(account);
            },
            cancellationToken);

    public Task UpdatePasswordHashAsync(long accountId, string passwordHash, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        return session.RunAsync(
            db => db.Accounts.Where(a => a.Id == accountId).ExecuteUpdateAsync(u => u.SetProperty(a => a.PasswordHash, passwordHash), cancellationToken),
            cancellationToken);
    }

    public Task RecordFailureAsync(string username, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(username);
        return session.RunAsync(
            db =>
            {
                db.SignInFailures.Add(new SignInFailureEntity { Username = username, FailedAt = UtcClock.ToStored(at) });
                return db.SaveChangesAsync(cancellationToken);
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<DateTimeOffset>> ListFailuresSinceAsync(string username, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var from = UtcClock.ToStored(since);
        return session.RunAsync<IReadOnlyList<DateTimeOffset>>(
            async db =>
            {
                var times = await db.SignInFailures.AsNoTracking()
                    .Where(f => f.Username == username && f.FailedAt >= from)
                    .OrderBy(f => f.FailedAt).ThenBy(f => f.Id)
                    .Select(f => f.FailedAt)
                    .ToListAsync(cancellationToken);
                return times.Select(UtcClock.FromStored).ToList();
            },
            cancellationToken);
    }

    public Task ClearFailuresAsync(string username, CancellationToken cancellationToken) =>
        session.RunAsync(
            db => db.SignInFailures.Where(f => f.Username == username).ExecuteDeleteAsync(cancellationToken),
            cancellationToken);

    public Task RevokeTokenAsync(string tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenId);
        var now = UtcClock.Now(timeProvider);
        var expires = UtcClock.ToStored(expiresAt);
        return session.RunAsync(
            async db =>
            {
                // Opportunistic purge: a revoked token past its expiry is rejected by its own lifetime anyway.
                await db.RevokedTokens.Where(t => t.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
                db.RevokedTokens.Add(new RevokedTokenEntity { TokenId = tokenId, ExpiresAt = expires });
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
                {
                    // Revoked twice: keep the later expiry so the token stays revoked as long as either call asked.
                    await db.RevokedTokens.Where(t => t.TokenId == tokenId && t.ExpiresAt < expires)
                        .ExecuteUpdateAsync(u => u.SetProperty(t => t.ExpiresAt, expires), cancellationToken);
                }

                return true;
            },
            cancellationToken);
    }

    public Task<bool> IsTokenRevokedAsync(string tokenId, CancellationToken cancellationToken)
    {
        var now = UtcClock.Now(timeProvider);
        return session.RunAsync(
            db => db.RevokedTokens.AnyAsync(t => t.TokenId == tokenId && t.ExpiresAt > now, cancellationToken),
            cancellationToken);
    }

    private static UserAccount ToAccount(AccountEntity row) =>
        new(row.Id, row.Username, row.Email, row.PasswordHash, Embedding.FromBytes(row.FaceTemplate), row.ModelId, UtcClock.FromStored(row.CreatedAt));
}
