using FaceRecognition.Application.Common.Interfaces;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FaceRecognition.Infrastructure.Imaging;

public static class ImagingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IImageDecoder"/> (singleton, thread-safe), binds <see cref="ImagingOptions"/> from the
    /// <c>Imaging</c> section with validation at start-up, and loads OpenCV at start-up.
    /// </summary>
    public static IServiceCollection AddImaging(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ImagingOptions>()
            .Bind(configuration.GetSection(ImagingOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.MaxPixels > 0 && o.MaxSide > 0, "Imaging:MaxPixels and Imaging:MaxSide must be positive.")
            .ValidateOnStart();
        services.AddSingleton<IImageDecoder, ImageDecoder>();
        services.AddHostedService<OpenCvRuntimeCheck>();
        return services;
    }
}
