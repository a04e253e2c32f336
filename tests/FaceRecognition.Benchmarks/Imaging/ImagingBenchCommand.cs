using System.Diagnostics;
using System.Globalization;
using FaceRecognition.Domain.Faces;
using FaceRecognition.Infrastructure.Faces;
using FaceRecognition.Infrastructure.Imaging;
using FaceRecognition.TestSupport;

namespace FaceRecognition.Benchmarks.Imaging;

/// <summary>
/// Decode and pixel-operation timings on a real sample photo (OpenCV). Every row is compared with decoding the
/// 640x480 JPEG, measured in the same run, so the ratios stay meaningful on a busy or different machine.
/// </summary>
internal sealed class ImagingBenchCommand : IBenchCommand
{
    private static readonly TensorFormat ModelInput = new(PixelOrder.Rgb, 127.5f, 1 / 128f);

    public string Name => "imaging";

    public string Description => "decode (640x480, 1920 px photo, 12 MP; reduced and full) and crop/warp/tensor timings; args: [sample.jpg] [seconds per row]";

    public Task<int> RunAsync(string[] args)
    {
        var path = args.Length > 0 ? args[0] : FindSample();
        var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 1.0;
        var decoder = new ImageDecoder(new ImagingOptions());
        var photoBytes = File.ReadAllBytes(path);
        var photo = decoder.Decode(photoBytes);
        var small = TestImageFiles.Resize(photo, 640, 480);
        var smallJpeg = TestImageFiles.Jpeg(small, 90);
        var smallPng = TestImageFiles.Png(small);
        var twelveMp = TestImageFiles.Jpeg(TestImageFiles.Resize(photo, 4000, 3000), 90);
        var fullLevel = new ImageLevel(photo.Pixels, photo.Width, photo.Height, photo.Width, photo.Height);
        var tensor320 = new float[3 * 320 * 240];
        var tensor112 = new float[3 * 112 * 112];
        var face = new FaceBox(photo.Width * 0.4f, photo.Height * 0.3f, photo.Width * 0.1f, photo.Width * 0.1f);
        var rotated = SimilarityTransform.FromScaleRotation(face.Width / 112, 11.5, face.X, face.Y).Invert();

        Console.WriteLine($"imaging bench (OpenCV {OpenCvSharp.Cv2.GetVersionString()}): {Path.GetFileName(path)} {photo.Width}x{photo.Height} ({photoBytes.Length / 1024} KiB), 640x480 JPEG {smallJpeg.Length / 1024} KiB, 12 MP JPEG {twelveMp.Length / 1024} KiB, {seconds:0.#} s per row, 1 thread");
        var rows = new List<(string Name, double Ms)>
        {
            ("decode JPEG 640x480 (baseline)", Measure(seconds, () => decoder.Decode(smallJpeg))),
            ($"decode JPEG {photo.Width}x{photo.Height} (detector scale)", Measure(seconds, () => decoder.Decode(photoBytes))),
            ($"decode JPEG {photo.Width}x{photo.Height} (full Pixels)", Measure(seconds, () => _ = decoder.Decode(photoBytes).Pixels)),
            ("decode JPEG 4000x3000 (detector scale)", Measure(seconds, () => decoder.Decode(twelveMp))),
            ("decode JPEG 4000x3000 (full Pixels)", Measure(seconds, () => _ = decoder.Decode(twelveMp).Pixels)),
            ("decode PNG 640x480", Measure(seconds, () => decoder.Decode(smallPng))),
            ($"Letterbox {photo.Width}x{photo.Height} -> 320x240 + tensor", Measure(seconds, () =>
            {
                var (canvas, _, _) = ImageCrops.Letterbox(fullLevel, 320, 240);
                using (canvas)
                {
                    TensorWriter.Write(canvas, ModelInput, tensor320);
                }
            })),
            ("CropResize face -> 112x112 + tensor", Measure(seconds, () =>
            {
                var (crop, _) = ImageCrops.CropResize(fullLevel, face, 112, 112);
                using (crop)
                {
                    TensorWriter.Write(crop, ModelInput, tensor112);
                }
            })),
            ("AlignedFaceCrop rotated face -> 112x112 + tensor", Measure(seconds, () =>
            {
                using var aligned = AlignedFaceCrop.Warp(fullLevel, rotated, 112);
                TensorWriter.Write(aligned, ModelInput, tensor112);
            })),
        };

        var baseline = rows[0].Ms;
        Console.WriteLine();
        Console.WriteLine($"| {"operation",-50} | {"median ms",9} | {"x baseline",10} |");
        Console.WriteLine($"|{new string('-', 52)}|{new string('-', 11)}|{new string('-', 12)}|");
        foreach (var (name, ms) in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name,-50} | {ms,9:0.000} | {ms / baseline,10:0.00} |"));
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
