namespace FaceRecognition.Infrastructure.Persistence.Entities;

/// <summary>A <c>signin_failures</c> row: one failed sign-in for a username (known or not).</summary>
internal sealed class SignInFailureEntity
{
    public long Id { get; set; }

    public string Username { get; set; } = string.Empty;

    public DateTime FailedAt { get; set; }
}
