using System.Security.Claims;
using FaceRecognition.Application.Common.Interfaces;

namespace FaceRecognition.Infrastructure.Security;

/// <summary>
/// Run after a token's signature and lifetime are valid: refuses tokens without an id and tokens revoked by log-out.
/// The revocation list lives in the database, so a log-out survives a restart.
/// </summary>
public sealed class RevokedTokenCheck(IAccountStore accounts)
{
    /// <summary>Null when the token may be used, otherwise why not (for the log and the failure message).</summary>
    public async Task<string?> RejectionReasonAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var tokenId = AccessTokenClaims.TokenId(principal);
        if (string.IsNullOrEmpty(tokenId) || string.IsNullOrEmpty(AccessTokenClaims.Username(principal)))
        {
            return "The access token lacks its id or subject.";
        }

        return await accounts.IsTokenRevokedAsync(tokenId, cancellationToken)
            ? "The access token has been revoked (logged out)."
            : null;
    }
}
