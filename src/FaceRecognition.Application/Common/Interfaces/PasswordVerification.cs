namespace FaceRecognition.Application.Common.Interfaces;

/// <summary>Outcome of checking a password against a stored hash.</summary>
public enum PasswordVerification
{
    Failed,
    Success,

    /// <summary>Correct, but the hash uses outdated parameters: store a fresh hash.</summary>
    SuccessRehashNeeded,
}
