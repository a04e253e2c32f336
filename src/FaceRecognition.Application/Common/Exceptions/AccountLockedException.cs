namespace FaceRecognition.Application.Common.Exceptions;

/// <summary>Too many failed sign-ins; the client should wait <see cref="RetryAfter"/>.</summary>
public sealed class AccountLockedException(TimeSpan retryAfter)
    : Exception("Too many failed sign-in attempts. Try again later.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
