namespace FaceRecognition.IntegrationTests.Auth;

/// <summary>A clock stopped at one moment, for minting tokens that were issued in the past.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
