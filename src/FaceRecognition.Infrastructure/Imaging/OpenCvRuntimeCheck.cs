using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Infrastructure.Imaging;

/// <summary>
/// Loads OpenCV at start-up, so a missing native dependency stops the service with the fix instead of failing the
/// first upload, and warns when OpenCV's own pixel ceiling (read from the environment at start) is below the budget.
/// </summary>
internal sealed class OpenCvRuntimeCheck(IOptions<ImagingOptions> options, ILogger<OpenCvRuntimeCheck> logger) : IHostedService
{
    public const string MaxPixelsVariable = "OPENCV_IO_MAX_IMAGE_PIXELS";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var version = OpenCvRuntime.EnsureLoaded();
        var ceiling = Environment.GetEnvironmentVariable(MaxPixelsVariable);
        if (ceiling is null)
        {
            // Our header check enforces the budget first; OpenCV's ceiling is the second line (its default is 2^30).
            logger.LogWarning(
                "{Variable} is not set: OpenCV's own pixel ceiling is its default of 2^30. Set it to Imaging:MaxPixels ({MaxPixels}) in the launcher, before the process starts (run.sh and test.sh do)",
                MaxPixelsVariable, options.Value.MaxPixels);
        }
        else if (!long.TryParse(ceiling, out var maxPixels) || maxPixels < options.Value.MaxPixels)
        {
            logger.LogWarning(
                "{Variable}={Value} is below Imaging:MaxPixels ({MaxPixels}): OpenCV will refuse images the budget allows. Raise it in the launcher",
                MaxPixelsVariable, ceiling, options.Value.MaxPixels);
        }

        logger.LogInformation("OpenCV {Version} decodes images", version);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
