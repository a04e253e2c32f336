using FaceRecognition.Application.Common.Models;

namespace FaceRecognition.Application.Accounts.Common;

/// <summary>What sign-up and sign-in return: an OAuth-style bearer token response.</summary>
public sealed record AuthTokenResult(string AccessToken, string TokenType, int ExpiresIn)
{
    public static AuthTokenResult From(AccessToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return new AuthTokenResult(token.Value, "bearer", token.ExpiresInSeconds);
    }
}
