using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Application.Common.Models;
using FaceRecognition.Application.Common.Options;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FaceRecognition.Infrastructure.Security;

/// <summary>Issues HS256 JWTs: <c>sub</c> = username, a random <c>jti</c> (so one token can be revoked), issuer, audience, expiry.</summary>
public sealed class JwtAccessTokenService(IOptions<AuthOptions> options, TimeProvider time) : IAccessTokenService
{
    private readonly JsonWebTokenHandler _handler = new();
    private readonly Lazy<SigningCredentials> _credentials =
        new(() => new SigningCredentials(AccessTokenValidation.SigningKey(options.Value), SecurityAlgorithms.HmacSha256));

    public AccessToken Issue(string username)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        var auth = options.Value;

        // JWT times are whole seconds; truncating here keeps expires_in exactly the configured lifetime.
        var issuedAt = DateTimeOffset.FromUnixTimeSeconds(time.GetUtcNow().ToUnixTimeSeconds());
        var expiresAt = issuedAt.AddMinutes(auth.AccessTokenMinutes);
        var tokenId = Guid.NewGuid().ToString("N");

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = username,
                [JwtRegisteredClaimNames.Jti] = tokenId,
            },
            SigningCredentials = _credentials.Value,
        };

        return new AccessToken(_handler.CreateToken(descriptor), tokenId, issuedAt, expiresAt);
    }
}
