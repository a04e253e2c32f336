using System.Globalization;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace FaceRecognition.Infrastructure.Security;

/// <summary>Reads the claims this service puts into access tokens back out of a validated principal.</summary>
public static class AccessTokenClaims
{
    /// <summary>The username (<c>sub</c>), or null when the principal carries none.</summary>
    public static string? Username(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.FindFirst(JwtRegisteredClaimNames.Sub)?.Value;
    }

    /// <summary>The token id (<c>jti</c>), or null when the principal carries none.</summary>
    public static string? TokenId(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.FindFirst(JwtRegisteredClaimNames.Jti)?.Value;
    }

    /// <summary>The expiry (<c>exp</c>), or null when the principal carries none or it is not a number.</summary>
    public static DateTimeOffset? ExpiresAt(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var value = principal.FindFirst(JwtRegisteredClaimNames.Exp)?.Value;
        return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
    }
}
