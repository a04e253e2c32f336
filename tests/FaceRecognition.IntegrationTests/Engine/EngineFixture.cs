using FaceRecognition.IntegrationTests.Support;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Inference;
using Microsoft.Extensions.DependencyInjection;

namespace FaceRecognition.IntegrationTests.Engine;

/// <summary>The run's shared engine (<see cref="TestEngine"/>) as the engine tests use it.</summary>
public static class EngineFixture
{
    private static readonly Lazy<SampleFaceSet> LabelledPairs = new(() => SampleFaceSet.Build(Detector, Embedder));

    public static IServiceProvider Services => TestEngine.Services;

    public static IImageDecoder Decoder => Services.GetRequiredService<IImageDecoder>();

    public static IFaceDetector Detector => Services.GetRequiredService<IFaceDetector>();

    public static IFaceEmbedder Embedder => Services.GetRequiredService<IFaceEmbedder>();

    public static IFaceAnalyzer Analyzer => Services.GetRequiredService<IFaceAnalyzer>();

    public static InferenceEngine Engine => Services.GetRequiredService<InferenceEngine>();

    /// <summary>The calibration pairs embedded with the production embedder; built once, on first use (about a minute).</summary>
    internal static SampleFaceSet Pairs => LabelledPairs.Value;

    public static RgbImage LoadSample(int number) => Decoder.Decode(File.ReadAllBytes(RepoPaths.Sample(number)));
}
