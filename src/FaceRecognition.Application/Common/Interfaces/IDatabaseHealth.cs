namespace FaceRecognition.Application.Common.Interfaces;

/// <summary>Answers whether the configured database can be reached right now.</summary>
public interface IDatabaseHealth
{
    string Provider { get; }

    Task<bool> CanConnectAsync(CancellationToken cancellationToken);
}
