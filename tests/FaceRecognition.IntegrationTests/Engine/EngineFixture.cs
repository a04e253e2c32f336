using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Faces;
using FaceRecognition.Infrastructure.Imaging;
using FaceRecognition.Infrastructure.Inference;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FaceRecognition.IntegrationTests.Engine;

/// <summary>Loads the real models and decoder once for every test in this namespace.</summary>
[SetUpFixture]
public sealed class EngineFixture
{
    private static ServiceProvider? _provider;

    public static IServiceProvider Services => _provider ?? throw new InvalidOperationException("The engine fixture has not run.");

    public static IImageDecoder Decoder => Services.GetRequiredService<IImageDecoder>();

    public static IFaceDetector Detector => Services.GetRequiredService<IFaceDetector>();

    public static IFaceEmbedder Embedder => Services.GetRequiredService<IFaceEmbedder>();

    public static IFaceAnalyzer Analyzer => Services.GetRequiredService<IFaceAnalyzer>();

    public static InferenceEngine Engine => Services.GetRequiredService<InferenceEngine>();

    public static RgbImage LoadSample(int number) => Decoder.Decode(File.ReadAllBytes(RepositoryPaths.Sample(number)));

    [OneTimeSetUp]
    public void LoadEngine()
    {
        var settings = new Dictionary<string, string?> { ["Inference:ModelDirectory"] = RepositoryPaths.Models };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddImaging(configuration);
        services.AddFaceEngine(configuration);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    [OneTimeTearDown]
    public void Release() => _provider?.Dispose();
}
