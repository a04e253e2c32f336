using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FaceRecognition.Infrastructure.Inference;

/// <summary>Creates the engine while the host starts, so a missing or corrupt model fails start-up instead of the first request.</summary>
internal sealed class InferenceEngineStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<InferenceEngine>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
