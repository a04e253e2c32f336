using FaceRecognition.Infrastructure.Imaging.Native;
using Microsoft.Extensions.Hosting;

namespace FaceRecognition.Infrastructure.Imaging;

/// <summary>Loads every codec library at start-up, so a missing Debian package stops the service with a clear message.</summary>
internal sealed class CodecLibraryCheck : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = TurboJpeg.Instance;
        _ = LibPng.Instance;
        _ = LibWebP.Instance;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
