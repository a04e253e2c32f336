using System.Diagnostics;
using System.Globalization;
using FaceRecognition.Infrastructure.Imaging;
using FaceRecognition.Infrastructure.Imaging.Encoding;

namespace FaceRecognition.Benchmarks.Imaging;

/// <summary>
/// Decode and pixel-operation timings on a real sample photo. Every row is compared with decoding the
/// 640x480 JPEG, measured in the same run, so the ratios stay meaningful on a busy or different machine.
/// </summary>
internal sealed class ImagingBenchCommand : IBenchCommand
{
    private static readonly TensorFormat ModelInput = new(PixelOrder.Rgb, 127.5f, 1 / 128f);

    public string Name => "imaging";

    public string Description => "decode (1920 px photo and 640x480) and ImageOps timings; args: [sample.jpg] [seconds per row]";

    public Task<int> RunAsync(string[] args)
    {
        var path = args.Length > 0 ? args[0] : FindSample();
        var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 1.0;
        var decoder = new ImageDecoder(new ImagingOptions());
        var photoBytes = File.ReadAllBytes(path);
        var photo = decoder.Decode(photoBytes);
        var small = ImageOps.Resize(photo, 640, 480);
        var smallJpeg = JpegEncoder.Encode(small, 90);
        var smallPng = PngEncoder.Encode(small);
        var tensor320 = new float[3 * 320 * 320];
        var tensor112 = new float[3 * 112 * 112];
        var face = (X: photo.Width * 0.4f, Y: photo.Height * 0.3f, Side: photo.Width * 0.1f);
        var rotate = AffineTransform.ScaleTranslate(1, 1, -56, -56)
            .Then(new AffineTransform(MathF.Cos(0.2f), -MathF.Sin(0.2f), 0, MathF.Sin(0.2f), MathF.Cos(0.2f), 0))
            .Then(AffineTransform.ScaleTranslate(face.Side / 112, face.Side / 112, face.X + (face.Side / 2), face.Y + (face.Side / 2)));

        Console.WriteLine($"imaging bench: {Path.GetFileName(path)} {photo.Width}x{photo.Height} ({photoBytes.Length / 1024} KiB), 640x480 JPEG {smallJpeg.Length / 1024} KiB, {seconds:0.#} s per row, 1 thread");
        var rows = new List<(string Name, double Ms)>
        {
            ("decode JPEG 640x480 (baseline)", Measure(seconds, () => decoder.Decode(smallJpeg))),
            ($"decode JPEG {photo.Width}x{photo.Height}", Measure(seconds, () => decoder.Decode(photoBytes))),
            ("decode PNG 640x480", Measure(seconds, () => decoder.Decode(smallPng))),
            ($"Resize {photo.Width}x{photo.Height} -> 640x480", Measure(seconds, () => ImageOps.Resize(photo, 640, 480))),
            ($"SampleToTensor {photo.Width}px -> 320x320 (area)", Measure(seconds, () => ImageOps.SampleToTensor(
                photo, AffineTransform.ScaleTranslate(photo.Width / 320f, photo.Width / 320f, 0, 0), 320, 320, ModelInput, tensor320))),
            ("SampleToTensor 640x480 -> 320x320", Measure(seconds, () => ImageOps.SampleToTensor(
                small, AffineTransform.ScaleTranslate(2, 2, 0.5f, 0.5f), 320, 320, ModelInput, tensor320))),
            ("CropResizeToTensor face -> 112x112", Measure(seconds, () => ImageOps.CropResizeToTensor(
                photo, face.X, face.Y, face.Side, face.Side, 112, 112, ModelInput, tensor112))),
            ("SampleToTensor rotated face -> 112x112", Measure(seconds, () => ImageOps.SampleToTensor(
                photo, rotate, 112, 112, ModelInput, tensor112))),
            ("640x480: decode + resize 320 + tensor", Measure(seconds, () =>
            {
                var image = decoder.Decode(smallJpeg);
                ImageOps.SampleToTensor(image, AffineTransform.ScaleTranslate(2, 2, 0.5f, 0.5f), 320, 320, ModelInput, tensor320);
                ImageOps.CropResizeToTensor(image, 200, 100, 120, 120, 112, 112, ModelInput, tensor112);
            })),
        };

        var baseline = rows[0].Ms;
        Console.WriteLine();
        Console.WriteLine($"| {"operation",-44} | {"median ms",9} | {"x baseline",10} |");
        Console.WriteLine($"|{new string('-', 46)}|{new string('-', 11)}|{new string('-', 12)}|");
        foreach (var (name, ms) in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name,-44} | {ms,9:0.000} | {ms / baseline,10:0.00} |"));
        }

        return Task.FromResult(0);
    }

    /// <summary>Median wall time of one call, after a warm-up, over about <paramref name="seconds"/> of calls.</summary>
    private static double Measure(double seconds, Action action)
    {
        for (var i = 0; i < 3; i++)
        {
            action();
        }

        var samples = new List<double>();
        var total = Stopwatch.StartNew();
        while (total.Elapsed.TotalSeconds < seconds || samples.Count < 5)
        {
            var one = Stopwatch.StartNew();
            action();
            samples.Add(one.Elapsed.TotalMilliseconds);
        }

        samples.Sort();
        return samples[samples.Count / 2];
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

        throw new FileNotFoundException("No .cache/samples/sample1.jpg above the bench directory: run deploy/bootstrap.sh --with-test-deps, or pass a path.");
    }
}
