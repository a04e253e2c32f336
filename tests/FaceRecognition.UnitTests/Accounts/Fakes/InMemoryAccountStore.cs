using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Domain.Accounts;
using FaceRecognition.Domain.Faces;

namespace FaceRecognition.UnitTests.Accounts.Fakes;

/// <summary>The <see cref="IAccountStore"/> contract kept in dictionaries, for testing the use cases' logic.</summary>
internal sealed class InMemoryAccountStore(TimeProvider time) : IAccountStore
{
    private readonly Dictionary<string, UserAccount> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DateTimeOffset>> _failures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _revoked = new(StringComparer.Ordinal);
    private long _nextId = 1;

    public IReadOnlyCollection<UserAccount> Accounts => _accounts.Values;

    public int FailureCount(string username) => _failures.TryGetValue(username, out var list) ? list.Count : 0;

    public Task<UserAccount?> TryCreateAsync(string username, string email, string passwordHash, Embedding faceTemplate, string modelId, CancellationToken cancellationToken)
    {
        if (_accounts.ContainsKey(username) || _accounts.Values.Any(a => a.Email == email))
        {
            return Task.FromResult<UserAccount?>(null);
        }

        var account = new UserAccount(_nextId++, username, email, passwordHash, faceTemplate, modelId, time.GetUtcNow());
        _accounts[username] = account;
        return Task.FromResult<UserAccount?>(account);
    }

    public Task<UserAccount?> FindByUsernameAsync(string username, CancellationToken cancellationToken) =>
        Task.FromResult(_accounts.GetValueOrDefault(username));

    public Task UpdatePasswordHashAsync(long accountId, string passwordHash, CancellationToken cancellationToken)
    {
        var account = _accounts.Values.Single(a => a.Id == accountId);
        _accounts[account.Username] = account with { PasswordHash = passwordHash };
        return Task.CompletedTask;
    }

    public Task RecordFailureAsync(string username, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (!_failures.TryGetValue(username, out var list))
        {
            _failures[username] = list = [];
        }

        list.Add(at);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DateTimeOffset>> ListFailuresSinceAsync(string username, DateTimeOffset since, CancellationToken cancellationToken)
    {
        IReadOnlyList<DateTimeOffset> result = _failures.TryGetValue(username, out var list)
            ? list.Where(f => f >= since).Order().ToList()
            : [];
        return Task.FromResult(result);
    }

    public Task ClearFailuresAsync(string username, CancellationToken cancellationToken)
    {
        _failures.Remove(username);
        return Task.CompletedTask;
    }

    public Task RevokeTokenAsync(string tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        _revoked[tokenId] = expiresAt;
        return Task.CompletedTask;
    }

    public Task<bool> IsTokenRevokedAsync(string tokenId, CancellationToken cancellationToken) =>
        Task.FromResult(_revoked.ContainsKey(tokenId));
}
