using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Infrastructure.Imaging;
using FaceRecognition.TestSupport;

namespace FaceRecognition.UnitTests.Imaging;

public sealed class ImageDecoderFormatTests
{
    private readonly ImageDecoder _decoder = new(new ImagingOptions());

    [Test]
    public void Decode_ReadsJpeg_CloseToTheEncodedPixels()
    {
        var original = TestImages.Quadrants(32, 16);

        var decoded = _decoder.Decode(TestImageFiles.Jpeg(original, 100));

        Assert.Multiple(() =>
        {
            Assert.That((decoded.Width, decoded.Height), Is.EqualTo((32, 16)));
            var worst = decoded.Pixels.Zip(original.Pixels, (a, b) => Math.Abs(a - b)).Max();
            Assert.That(worst, Is.LessThanOrEqualTo(4), "JPEG at quality 100 without chroma subsampling on flat 8x8-aligned blocks is near lossless");
        });
    }

    [Test]
    public void Decode_AcceptsAJpegWithBytesAfterItsEndMarker_AndIgnoresThem()
    {
        var original = TestImages.Quadrants(32, 16);
        var jpeg = TestImageFiles.Jpeg(original, 100);

        var decoded = _decoder.Decode([.. jpeg, .. "trailing bytes a camera or an editor left behind"u8, .. new byte[500]]);

        Assert.That(decoded.Pixels, Is.EqualTo(_decoder.Decode(jpeg).Pixels));
    }

    [Test]
    public void Decode_ReadsPng_Exactly()
    {
        var original = TestImages.Filled(7, 5, (x, y) => ((byte)(x * 30), (byte)(y * 50), (byte)(x ^ y)));

        Assert.That(_decoder.Decode(TestImageFiles.Png(original)).Pixels, Is.EqualTo(original.Pixels));
    }

    [Test]
    public void Decode_ReadsLosslessWebP_Exactly()
    {
        var original = TestImages.Filled(9, 6, (x, y) => ((byte)(x * 25), (byte)(255 - (y * 40)), (byte)(x * y)));

        Assert.That(_decoder.Decode(TestImageFiles.WebPLossless(original)).Pixels, Is.EqualTo(original.Pixels));
    }

    [Test]
    public void Decode_ReadsTiff_Exactly()
    {
        var original = TestImages.Filled(11, 7, (x, y) => ((byte)(x * 20), (byte)(y * 30), (byte)(200 - x - y)));

        Assert.That(_decoder.Decode(TestImageFiles.Tiff(original)).Pixels, Is.EqualTo(original.Pixels));
    }

    [TestCase(24, false)]
    [TestCase(24, true)]
    [TestCase(32, false)]
    [TestCase(32, true)]
    public void Decode_ReadsUncompressedBmp_Exactly(int bits, bool topDown)
    {
        // Width 3 makes 24-bit rows need padding (9 bytes stored in 12).
        var original = TestImages.Filled(3, 4, (x, y) => ((byte)(x * 80), (byte)(y * 60), (byte)(100 + x + y)));

        var decoded = _decoder.Decode(TestImages.Bmp(original, bits, topDown));

        Assert.That(decoded.Pixels, Is.EqualTo(original.Pixels));
    }

    [Test]
    public void Decode_ReadsPaletteBmp_ThroughItsPalette()
    {
        byte[][] palette = [TestImages.Red, TestImages.Green, TestImages.Blue];
        byte[][] indices = [[0, 1, 2], [2, 2, 0]];

        var decoded = _decoder.Decode(TestImages.Bmp8(palette, indices));

        Assert.Multiple(() =>
        {
            Assert.That(TestImages.Pixel(decoded, 1, 0), Is.EqualTo(TestImages.Green));
            Assert.That(TestImages.Pixel(decoded, 0, 1), Is.EqualTo(TestImages.Blue));
            Assert.That(TestImages.Pixel(decoded, 2, 1), Is.EqualTo(TestImages.Red));
        });
    }

    [Test]
    public void Decode_ReadsGif_ThroughItsPalette()
    {
        byte[][] palette = [TestImages.Red, TestImages.Green, TestImages.Blue, [10, 20, 30]];
        byte[][] indices = [[0, 1, 2, 3, 0], [3, 3, 2, 1, 1], [1, 0, 0, 2, 3]];

        var decoded = _decoder.Decode(TestImages.Gif(palette, indices));

        var expected = indices.SelectMany(row => row).SelectMany(i => palette[i]).ToArray();
        Assert.That(decoded.Pixels, Is.EqualTo(expected));
    }

    [Test]
    public void Decode_GivesTransparentPngPixelsTheirStoredColour()
    {
        using var rgba = new OpenCvSharp.Mat(1, 2, OpenCvSharp.MatType.CV_8UC4, new OpenCvSharp.Scalar(30, 20, 10, 0));
        rgba.Set(0, 0, new OpenCvSharp.Vec4b(0, 0, 255, 255));

        var decoded = _decoder.Decode(TestImageFiles.EncodeBgr(".png", rgba));

        Assert.That(decoded.Pixels, Is.EqualTo(new byte[] { 255, 0, 0, 10, 20, 30 }));
    }

    [Test]
    public void Decode_GivesTransparentGifPixelsTheGifsBackgroundColour()
    {
        // The screen's background colour index is 0 (red); index 3 is transparent.
        byte[][] palette = [TestImages.Red, TestImages.Green, TestImages.Blue, [10, 20, 30]];
        byte[][] indices = [[0, 3], [3, 1]];

        var decoded = _decoder.Decode(AnimatedImageFiles.Gif(palette, [indices], transparentIndex: 3));

        Assert.That(decoded.Pixels, Is.EqualTo(new byte[] { 255, 0, 0, 255, 0, 0, 255, 0, 0, 0, 255, 0 }));
    }

    [Test]
    public void Decode_ReadsTheFirstFrame_OfAnAnimatedGif()
    {
        byte[][] palette = [TestImages.Red, TestImages.Green, TestImages.Blue, TestImages.White];
        byte[][] first = [[0, 0, 0, 0], [0, 0, 0, 0]];
        byte[][] second = [[2, 2, 2, 2], [2, 2, 2, 2]];

        var decoded = _decoder.Decode(TestImages.AnimatedGif(palette, [first, second]));

        Assert.That(decoded.Pixels.Chunk(3).Select(p => p.ToArray()), Has.All.EqualTo(TestImages.Red));
    }

    [Test]
    public void Decode_ReadsTheFirstFrame_OfAnAnimatedWebP()
    {
        var red = TestImageFiles.WebPLossless(TestImages.Filled(16, 8, (_, _) => (255, 0, 0)));
        var blue = TestImageFiles.WebPLossless(TestImages.Filled(16, 8, (_, _) => (0, 0, 255)));

        var decoded = _decoder.Decode(TestImages.AnimatedWebP(16, 8, red, blue));

        Assert.Multiple(() =>
        {
            Assert.That((decoded.Width, decoded.Height), Is.EqualTo((16, 8)));
            Assert.That(decoded.Pixels.Chunk(3).Select(p => p.ToArray()), Has.All.EqualTo(TestImages.Red));
        });
    }

    [TestCase("HEIC", new byte[] { 0, 0, 0, 24, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'h', (byte)'e', (byte)'i', (byte)'c', 0, 0, 0, 0 })]
    [TestCase("AVIF", new byte[] { 0, 0, 0, 28, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'a', (byte)'v', (byte)'i', (byte)'f', 0, 0, 0, 0 })]
    [TestCase("JPEG 2000", new byte[] { 0, 0, 0, 12, (byte)'j', (byte)'P', (byte)' ', (byte)' ', 0x0D, 0x0A, 0x87, 0x0A })]
    [TestCase("PNM", new byte[] { (byte)'P', (byte)'6', (byte)'\n', (byte)'2', (byte)' ', (byte)'2', (byte)'\n', (byte)'2', (byte)'5', (byte)'5', (byte)'\n', 1, 2, 3 })]
    [TestCase("Radiance HDR", new byte[] { (byte)'#', (byte)'?', (byte)'R', (byte)'A', (byte)'D', (byte)'I', (byte)'A', (byte)'N', (byte)'C', (byte)'E', (byte)'\n' })]
    public void Decode_RefusesFormatsOutsideTheAcceptedSix_NamingThem(string format, byte[] start)
    {
        var error = Assert.Throws<InvalidImageException>(() => _decoder.Decode([.. start, .. new byte[64]]))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Reason, Is.EqualTo(InvalidImageReason.UnsupportedFormat), format);
            Assert.That(error.Message, Does.Contain("JPEG, PNG, WebP, BMP, GIF or TIFF"), format);
        });
    }

    [Test]
    public void Decode_RefusesARealPnmFile_EvenThoughOpenCvCouldReadIt()
    {
        using var mat = new OpenCvSharp.Mat(8, 8, OpenCvSharp.MatType.CV_8UC3, OpenCvSharp.Scalar.Gray);
        var ppm = TestImageFiles.EncodeBgr(".ppm", mat);
        using (var byOpenCv = OpenCvSharp.Cv2.ImDecode(ppm, OpenCvSharp.ImreadModes.Color))
        {
            Assert.That(byOpenCv.Empty(), Is.False, "OpenCV itself reads PNM");
        }

        var error = Assert.Throws<InvalidImageException>(() => _decoder.Decode(ppm))!;

        Assert.That(error.Reason, Is.EqualTo(InvalidImageReason.UnsupportedFormat));
    }

    [Test]
    public void Decode_ReadsEverySamplePhoto_At1920PixelsWide()
    {
        var files = Directory.GetFiles(TestImages.SamplesDirectory(), "sample*.jpg").Order(StringComparer.Ordinal).ToArray();
        Assert.That(files, Has.Length.EqualTo(6));

        Assert.Multiple(() =>
        {
            foreach (var file in files)
            {
                var image = _decoder.Decode(File.ReadAllBytes(file));
                Assert.That(image.Width, Is.EqualTo(1920), Path.GetFileName(file));
                Assert.That(image.Height, Is.InRange(800, 1920), Path.GetFileName(file));
                Assert.That(image.Pixels.Average(b => (double)b), Is.InRange(20, 235), $"{Path.GetFileName(file)} decoded to flat pixels");
            }
        });
    }
}
