using FaceRecognition.Infrastructure.Faces;
using FaceRecognition.Infrastructure.Imaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FaceRecognition.IntegrationTests.Support;

/// <summary>
/// The real decoder and face engine outside the web host, loaded once per test run on first use (for tests of the
/// engine itself and for building test photos). Disposed by <see cref="IntegrationTestRun"/>.
/// </summary>
public static class TestEngine
{
    private static readonly Lazy<ServiceProvider> Provider = new(Build);

    public static IServiceProvider Services => Provider.Value;

    /// <summary>The service's decoder on <paramref name="file"/>.</summary>
    public static Domain.Imaging.RgbImage Decode(byte[] file) => Services.GetRequiredService<Application.Common.Interfaces.IImageDecoder>().Decode(file);

    public static void Dispose()
    {
        if (Provider.IsValueCreated)
        {
            Provider.Value.Dispose();
        }
    }

    private static ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Inference:ModelDirectory"] = RepoPaths.Models })
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddImaging(configuration);
        services.AddFaceEngine(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
