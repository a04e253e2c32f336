using System.Diagnostics;
using System.Globalization;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Faces;
using FaceRecognition.Infrastructure.Imaging;
using FaceRecognition.Infrastructure.Inference;
using FaceRecognition.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FaceRecognition.Benchmarks.Engine;

/// <summary>
/// Per-stage latency of the face pipeline for one face in a 640×480, a 1920×1280 and a 4000×3000 JPEG (made in memory
/// from a sample crop), median of N runs, and the share of the total spent outside ORT's Run.
/// Usage: engine [runs=30] [sample=.cache/samples/sample1.jpg]
/// </summary>
internal sealed class EngineBenchCommand : IBenchCommand
{
    public string Name => "engine";

    public string Description => "face pipeline stages (decode, detect, landmarks, align, embed) at 640x480, 1920x1280 and 4000x3000";

    public Task<int> RunAsync(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30;
        var samplePath = args.Length > 1 ? args[1] : FindSample();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Inference:ExecutionProvider"] = "cpu" })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddImaging(configuration);
        services.AddFaceEngine(configuration);
        using var provider = services.BuildServiceProvider();
        var decoder = provider.GetRequiredService<IImageDecoder>();
        var engine = provider.GetRequiredService<InferenceEngine>();
        var detector = provider.GetRequiredService<IFaceDetector>();
        var landmarker = provider.GetRequiredService<FaceLandmarker>();
        var embedder = provider.GetRequiredService<IFaceEmbedder>();

        var sample = decoder.Decode(File.ReadAllBytes(samplePath));
        var face = detector.Detect(sample)[0];
        Console.WriteLine($"ONNX Runtime {engine.RuntimeVersion} on {engine.ExecutionProvider}; {runs} runs per size; face from {Path.GetFileName(samplePath)}");
        Console.WriteLine();
        Console.WriteLine("| stage (median ms) | 640x480 | 1920x1280 | 4000x3000 |");
        Console.WriteLine("|---|---:|---:|---:|");
        var small = Measure(MakeJpeg(sample, face.Box, 640, 480), runs, decoder, detector, landmarker, embedder, engine);
        var large = Measure(MakeJpeg(sample, face.Box, 1920, 1280), runs, decoder, detector, landmarker, embedder, engine);
        var huge = Measure(MakeJpeg(sample, face.Box, 4000, 3000), runs, decoder, detector, landmarker, embedder, engine);
        foreach (var stage in small.Keys)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {stage} | {small[stage]:0.00} | {large[stage]:0.00} | {huge[stage]:0.00} |"));
        }

        return Task.FromResult(0);
    }

    private static Dictionary<string, double> Measure(
        byte[] jpeg, int runs, IImageDecoder decoder, IFaceDetector detector, FaceLandmarker landmarker, IFaceEmbedder embedder, InferenceEngine engine)
    {
        var stages = new[] { "decode", "detect (incl. landmarks)", "landmarks alone", "align", "embed", "total", "outside ORT Run (ms)" };
        var samples = stages.ToDictionary(s => s, _ => new List<double>());
        var outsideShare = new List<double>();
        for (var run = -3; run < runs; run++)
        {
            var runTicksBefore = engine.TotalRunTicks;
            var start = Stopwatch.GetTimestamp();
            var image = decoder.Decode(jpeg);
            var decoded = Stopwatch.GetTimestamp();
            var faces = detector.Detect(image);
            var detected = Stopwatch.GetTimestamp();
            var face = faces.Count == 1 ? faces[0] : throw new InvalidOperationException($"Expected one face, found {faces.Count}.");
            var embedding = embedder.Embed(image, face);
            var end = Stopwatch.GetTimestamp();
            var ortTicks = engine.TotalRunTicks - runTicksBefore;

            // Side measurements, outside the timed pipeline.
            var t0 = Stopwatch.GetTimestamp();
            _ = landmarker.Locate(image, face.Box);
            var t1 = Stopwatch.GetTimestamp();
            _ = FaceAligner.ImageToTemplate(face.Landmarks);
            var t2 = Stopwatch.GetTimestamp();
            if (run < 0 || embedding.Dimension != 512)
            {
                continue; // warm-up
            }

            samples["decode"].Add(Ms(start, decoded));
            samples["detect (incl. landmarks)"].Add(Ms(decoded, detected));
            samples["landmarks alone"].Add(Ms(t0, t1));
            samples["align"].Add(Ms(t1, t2));
            samples["embed"].Add(Ms(detected, end));
            samples["total"].Add(Ms(start, end));
            var outside = Ms(start, end) - (ortTicks * 1000.0 / Stopwatch.Frequency);
            samples["outside ORT Run (ms)"].Add(outside);
            outsideShare.Add(100 * outside / Ms(start, end));
        }

        var result = samples.ToDictionary(s => s.Key, s => Median(s.Value));
        result["outside ORT Run / total (%)"] = Median(outsideShare);
        return result;
    }

    /// <summary>A JPEG of the given size whose only face is the sample's face, cropped with context to that aspect ratio (enlarged for 12 MP).</summary>
    private static byte[] MakeJpeg(RgbImage sample, FaceBox face, int width, int height)
    {
        var cropHeight = (int)Math.Min(sample.Height, face.Height * 1.8f);
        var cropWidth = Math.Min(sample.Width, cropHeight * width / height);
        var x = (int)Math.Clamp(face.Center.X - (cropWidth / 2f), 0, sample.Width - cropWidth);
        var y = (int)Math.Clamp(face.Center.Y - (cropHeight / 2f), 0, sample.Height - cropHeight);
        return TestImageFiles.Jpeg(TestImageFiles.Resize(TestImageFiles.Crop(sample, x, y, cropWidth, cropHeight), width, height), 90);
    }

    private static double Ms(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count == 0 ? double.NaN : values[values.Count / 2];
    }

    private static string FindSample()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, ".cache", "samples", "sample1.jpg");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("No .cache/samples/sample1.jpg above the bench; run deploy/bootstrap.sh --with-test-deps.");
    }
}
