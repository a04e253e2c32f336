using System.Diagnostics;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Faces;
using FaceRecognition.Infrastructure.Imaging;
using FaceRecognition.Infrastructure.Inference;
using FaceRecognition.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FaceRecognition.Benchmarks.Load.Adapters;

/// <summary>
/// The in-process face engine the load bench needs, in one place because inference and imaging are being rewritten:
/// it makes the request photos (crop, resize, JPEG-encode a sample face) and measures the models' own time — the
/// time spent inside ONNX Runtime's Run for detect, landmarks and embed on pre-decoded photos, one intra-op thread,
/// as the engine bench measures it.
/// </summary>
internal sealed class EngineAdapter : IDisposable
{
    private readonly ServiceProvider _provider;
    private readonly IImageDecoder _decoder;
    private readonly IFaceDetector _detector;
    private readonly IFaceEmbedder _embedder;
    private readonly InferenceEngine _engine;

    public EngineAdapter()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Inference:IntraOpThreads"] = "1" })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddImaging(configuration);
        services.AddFaceEngine(configuration);
        _provider = services.BuildServiceProvider();
        _decoder = _provider.GetRequiredService<IImageDecoder>();
        _detector = _provider.GetRequiredService<IFaceDetector>();
        _embedder = _provider.GetRequiredService<IFaceEmbedder>();
        _engine = _provider.GetRequiredService<InferenceEngine>();
    }

    public string Description => $"ONNX Runtime {_engine.RuntimeVersion} on {_engine.ExecutionProvider}, 1 intra-op thread, models from {_engine.ModelDirectory}";

    /// <summary>
    /// A JPEG of <paramref name="width"/>×<paramref name="height"/> around the largest face of a sample photo, the crop
    /// <paramref name="faceHeights"/> face heights tall; mild sensor-like noise keeps large files phone-sized.
    /// </summary>
    public byte[] MakeJpeg(byte[] sample, int width, int height, double faceHeights, bool noise)
    {
        var image = _decoder.Decode(sample);
        var face = _detector.Detect(image).MaxBy(f => f.Box.Area)
            ?? throw new InvalidOperationException("The sample photo shows no face.");
        var cropHeight = (int)Math.Min(image.Height, face.Box.Height * faceHeights);
        var cropWidth = Math.Min(image.Width, cropHeight * width / height);
        var x = (int)Math.Clamp(face.Box.Center.X - (cropWidth / 2f), 0, image.Width - cropWidth);
        var y = (int)Math.Clamp(face.Box.Center.Y - (cropHeight / 2f), 0, image.Height - cropHeight);
        var resized = TestImageFiles.Resize(TestImageFiles.Crop(image, x, y, cropWidth, cropHeight), width, height);
        if (noise)
        {
            AddNoise(resized.Pixels);
        }

        return TestImageFiles.Jpeg(resized, 90);
    }

    public RgbImage Decode(byte[] jpeg) => _decoder.Decode(jpeg);

    public int FacesIn(RgbImage image) => _detector.Detect(image).Count;

    /// <summary>Time inside Run (ms) for what one request does with its photos: detect (+ landmarks per face) and embed the largest face of each.</summary>
    public double ModelMilliseconds(IReadOnlyList<RgbImage> photos)
    {
        ArgumentNullException.ThrowIfNull(photos);
        var before = _engine.TotalRunTicks;
        RunModels(photos);
        return (_engine.TotalRunTicks - before) * 1000.0 / Stopwatch.Frequency;
    }

    /// <summary>
    /// Requests per second the models alone would sustain with <paramref name="threads"/> threads each running them
    /// <paramref name="runsPerThread"/> times at once: threads ÷ mean in-Run time per request under that contention.
    /// </summary>
    public double ModelThroughput(IReadOnlyList<RgbImage> photos, int threads, int runsPerThread)
    {
        var before = _engine.TotalRunTicks;
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            for (var i = 0; i < runsPerThread; i++)
            {
                RunModels(photos);
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        var secondsPerRequest = (_engine.TotalRunTicks - before) / (double)Stopwatch.Frequency / (threads * runsPerThread);
        return threads / secondsPerRequest;
    }

    public void Dispose() => _provider.Dispose();

    private void RunModels(IReadOnlyList<RgbImage> photos)
    {
        foreach (var photo in photos)
        {
            var face = _detector.Detect(photo).MaxBy(f => f.Box.Area);
            if (face is not null)
            {
                _ = _embedder.Embed(photo, face);
            }
        }
    }

    private static void AddNoise(byte[] pixels)
    {
        var random = new Random(12);
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)Math.Clamp(pixels[i] + random.Next(-4, 5), 0, 255);
        }
    }
}
