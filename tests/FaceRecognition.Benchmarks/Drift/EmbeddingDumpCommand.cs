using System.Globalization;
using System.Text.Json;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Faces;
using FaceRecognition.Infrastructure.Imaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FaceRecognition.Benchmarks.Drift;

/// <summary>
/// Every face of the sample photos with its box and embedding, one JSON object per line, so two builds (or two decode
/// paths) can be compared face by face: cosine similarity of the same face's embeddings shows how far they drifted.
/// Usage: embeddings [--full-resolution] [--samples DIR]. --full-resolution decodes every photo at full size first.
/// </summary>
internal sealed class EmbeddingDumpCommand : IBenchCommand
{
    public string Name => "embeddings";

    public string Description => "JSON lines: each sample face's box and embedding (compare two builds or decode paths); [--full-resolution] [--samples DIR]";

    public Task<int> RunAsync(string[] args)
    {
        var fullResolution = args.Contains("--full-resolution");
        var samplesAt = Array.IndexOf(args, "--samples");
        var samples = samplesAt >= 0 ? args[samplesAt + 1] : FindSamples();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Inference:ExecutionProvider"] = "Cpu" })
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddImaging(configuration);
        services.AddFaceEngine(configuration);
        using var provider = services.BuildServiceProvider();
        var decoder = provider.GetRequiredService<IImageDecoder>();
        var detector = provider.GetRequiredService<IFaceDetector>();
        var embedder = provider.GetRequiredService<IFaceEmbedder>();
        foreach (var file in Directory.GetFiles(samples, "*.jpg").Order(StringComparer.Ordinal))
        {
            var image = decoder.Decode(File.ReadAllBytes(file));
            if (fullResolution)
            {
                image = new RgbImage(image.Width, image.Height, image.Pixels);
            }

            var faces = detector.Detect(image);
            for (var i = 0; i < faces.Count; i++)
            {
                var box = faces[i].Box;
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    photo = Path.GetFileName(file),
                    face = i,
                    x = Math.Round(box.Center.X, 1),
                    y = Math.Round(box.Center.Y, 1),
                    size = Math.Round(Math.Min(box.Width, box.Height), 1),
                    embedding = embedder.Embed(image, faces[i]).Values.ToArray(),
                }));
            }
        }

        return Task.FromResult(0);
    }

    private static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, ".cache", "samples");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No .cache/samples above the bench; run deploy/bootstrap.sh --with-test-deps, or pass --samples DIR.");
    }
}
