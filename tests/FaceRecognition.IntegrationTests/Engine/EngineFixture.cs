using FaceRecognition.IntegrationTests.Support;
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
    private static readonly Lazy<SampleFaceSet> LabelledPairs = new(() => SampleFaceSet.Build(Detector, Embedder));

    public static IServiceProvider Services => _provider ?? throw new InvalidOperationException("The engine fixture has not run.");

    public static IImageDecoder Decoder => Services.GetRequiredService<IImageDecoder>();

    public static IFaceDetector Detector => Services.GetRequiredService<IFaceDetector>();

    public static IFaceEmbedder Embedder => Services.GetRequiredService<IFaceEmbedder>();

    public static IFaceAnalyzer Analyzer => Services.GetRequiredService<IFaceAnalyzer>();

    public static InferenceEngine Engine => Services.GetRequiredService<InferenceEngine>();

    /// <summary>The calibration pairs embedded with the production embedder; built once, on first use (about a minute).</summary>
    internal static SampleFaceSet Pairs => LabelledPairs.Value;

    public static RgbImage LoadSample(int number) => Decoder.Decode(File.ReadAllBytes(RepoPaths.Sample(number)));

    [OneTimeSetUp]
    public void LoadEngine()
    {
        var settings = new Dictionary<string, string?> { ["Inference:ModelDirectory"] = RepoPaths.Models };
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
