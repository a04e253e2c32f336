using System.Security.Cryptography;
using FaceRecognition.Application.Common.Interfaces;
using Microsoft.AspNetCore.Identity;

namespace FaceRecognition.Infrastructure.Security;

/// <summary>
/// ASP.NET Core Identity's PBKDF2 hasher (format v3: HMAC-SHA512, random salt, iteration count stored in the hash,
/// so raising the work factor later only makes old hashes report <see cref="PasswordVerification.SuccessRehashNeeded"/>).
/// </summary>
public sealed class IdentityPasswordHasher : IPasswordHasher
{
    private static readonly PasswordOwner Owner = new();
    private readonly PasswordHasher<PasswordOwner> _hasher = new();

    // Made up front rather than on first use, so the first sign-in for an unknown user is not the slow one.
    public IdentityPasswordHasher() => DummyHash = Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));

    public string DummyHash { get; }

    public string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return _hasher.HashPassword(Owner, password);
    }

    public PasswordVerification Verify(string hash, string password)
    {
        ArgumentNullException.ThrowIfNull(hash);
        ArgumentNullException.ThrowIfNull(password);
        try
        {
            return _hasher.VerifyHashedPassword(Owner, hash, password) switch
            {
                PasswordVerificationResult.Success => PasswordVerification.Success,
                PasswordVerificationResult.SuccessRehashNeeded => PasswordVerification.SuccessRehashNeeded,
                _ => PasswordVerification.Failed,
            };
        }
        catch (FormatException)
        {
            // A stored hash that is not base64 cannot match anything; treat it as a wrong password, not a crash.
            return PasswordVerification.Failed;
        }
    }

    /// <summary>The hasher is generic over a user type it never looks at; this stands in for it.</summary>
    private sealed class PasswordOwner;
}
