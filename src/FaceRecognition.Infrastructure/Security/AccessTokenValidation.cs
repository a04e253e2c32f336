using System.Text;
using FaceRecognition.Application.Common.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FaceRecognition.Infrastructure.Security;

/// <summary>The one definition of how access tokens are signed and what a valid one looks like.</summary>
public static class AccessTokenValidation
{
    public static SymmetricSecurityKey SigningKey(AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrEmpty(options.SigningKey))
        {
            throw new InvalidOperationException($"{AuthOptions.SectionName}:{nameof(AuthOptions.SigningKey)} is not set.");
        }

        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.SigningKey));
    }

    /// <summary>
    /// HS256 only, issuer, audience, signature and lifetime all required. No clock skew: the tokens are issued by
    /// this same service, so there is no other clock to forgive.
    /// </summary>
    public static TokenValidationParameters CreateParameters(AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = options.Issuer,
            ValidateAudience = true,
            ValidAudience = options.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.Zero,
            ValidateIssuerSigningKey = true,
            RequireSignedTokens = true,
            IssuerSigningKey = SigningKey(options),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            NameClaimType = JwtRegisteredClaimNames.Sub,
        };
    }
}
