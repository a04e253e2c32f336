using Dapper;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Domain.Accounts;
using FaceRecognition.Domain.Faces;
using FaceRecognition.Infrastructure.Persistence.Rows;

namespace FaceRecognition.Infrastructure.Persistence;

/// <summary>Accounts, failed sign-ins and revoked tokens in SQLite or MySQL, sharing one SQL text.</summary>
internal sealed class SqlAccountStore(SqlSession session, TimeProvider timeProvider) : IAccountStore
{
    public Task<UserAccount?> TryCreateAsync(string username, string email, string passwordHash, Embedding faceTemplate, string modelId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(username);
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        ArgumentNullException.ThrowIfNull(faceTemplate);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        var createdAt = UtcClock.Now(timeProvider);
        return session.RunAsync(
            async connection =>
            {
                try
                {
                    // The unique keys decide; checking first and inserting second would race.
                    var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                        $"""
                        INSERT INTO accounts (username, email, password_hash, face_template, model_id, created_at)
                        VALUES (@username, @email, @passwordHash, @faceTemplate, @modelId, @createdAt);
                        SELECT {session.Dialect.LastInsertIdExpression};
                        """,
                        new { username, email, passwordHash, faceTemplate = faceTemplate.ToBytes(), modelId, createdAt },
                        cancellationToken: cancellationToken));
                    return new UserAccount(id, username, email, passwordHash, faceTemplate, modelId, UtcClock.FromStored(createdAt));
                }
                catch (Exception exception) when (session.Dialect.IsUniqueViolation(exception))
                {
                    return null;
                }
            },
            cancellationToken);
    }

    public Task<UserAccount?> FindByUsernameAsync(string username, CancellationToken cancellationToken) =>
        session.RunAsync(
            async connection => (await connection.QuerySingleOrDefaultAsync<AccountRow>(new CommandDefinition(
                """
                SELECT id AS Id, username AS Username, email AS Email, password_hash AS PasswordHash,
                       face_template AS FaceTemplate, model_id AS ModelId, created_at AS CreatedAt
                FROM accounts WHERE username = @username;
                """,
                new { username },
                cancellationToken: cancellationToken)))?.ToAccount(),
            cancellationToken);

    public Task UpdatePasswordHashAsync(long accountId, string passwordHash, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        return session.RunAsync(
            connection => connection.ExecuteAsync(new CommandDefinition(
                "UPDATE accounts SET password_hash = @passwordHash WHERE id = @accountId;",
                new { accountId, passwordHash },
                cancellationToken: cancellationToken)),
            cancellationToken);
    }

    public Task RecordFailureAsync(string username, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(username);
        return session.RunAsync(
            connection => connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO signin_failures (username, failed_at) VALUES (@username, @failedAt);",
                new { username, failedAt = UtcClock.ToStored(at) },
                cancellationToken: cancellationToken)),
            cancellationToken);
    }

    public Task<IReadOnlyList<DateTimeOffset>> ListFailuresSinceAsync(string username, DateTimeOffset since, CancellationToken cancellationToken) =>
        session.RunAsync<IReadOnlyList<DateTimeOffset>>(
            async connection =>
            {
                var times = await connection.QueryAsync<DateTime>(new CommandDefinition(
                    """
                    SELECT failed_at FROM signin_failures
                    WHERE username = @username AND failed_at >= @since
                    ORDER BY failed_at, id;
                    """,
                    new { username, since = UtcClock.ToStored(since) },
                    cancellationToken: cancellationToken));
                return times.Select(UtcClock.FromStored).ToList();
            },
            cancellationToken);

    public Task ClearFailuresAsync(string username, CancellationToken cancellationToken) =>
        session.RunAsync(
            connection => connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM signin_failures WHERE username = @username;",
                new { username },
                cancellationToken: cancellationToken)),
            cancellationToken);

    public Task RevokeTokenAsync(string tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenId);
        var now = UtcClock.Now(timeProvider);
        var expires = UtcClock.ToStored(expiresAt);
        return session.RunAsync(
            async connection =>
            {
                // Opportunistic purge: a revoked token past its expiry is rejected by its own lifetime anyway.
                await connection.ExecuteAsync(new CommandDefinition(
                    "DELETE FROM revoked_tokens WHERE expires_at <= @now;",
                    new { now },
                    cancellationToken: cancellationToken));
                try
                {
                    await connection.ExecuteAsync(new CommandDefinition(
                        "INSERT INTO revoked_tokens (token_id, expires_at) VALUES (@tokenId, @expires);",
                        new { tokenId, expires },
                        cancellationToken: cancellationToken));
                }
                catch (Exception exception) when (session.Dialect.IsUniqueViolation(exception))
                {
                    // Revoked twice: keep the later expiry so the token stays revoked as long as either call asked.
                    await connection.ExecuteAsync(new CommandDefinition(
                        "UPDATE revoked_tokens SET expires_at = @expires WHERE token_id = @tokenId AND expires_at < @expires;",
                        new { tokenId, expires },
                        cancellationToken: cancellationToken));
                }
            },
            cancellationToken);
    }

    public Task<bool> IsTokenRevokedAsync(string tokenId, CancellationToken cancellationToken)
    {
        var now = UtcClock.Now(timeProvider);
        return session.RunAsync(
            async connection => await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM revoked_tokens WHERE token_id = @tokenId AND expires_at > @now;",
                new { tokenId, now },
                cancellationToken: cancellationToken)) > 0,
            cancellationToken);
    }
}
