using FaceRecognition.Infrastructure.Imaging;
using FaceRecognition.Infrastructure.Imaging.Encoding;

namespace FaceRecognition.UnitTests.Imaging;

public sealed class ImageDecoderFormatTests
{
    private readonly ImageDecoder _decoder = new(new ImagingOptions());

    [Test]
    public void Decode_ReadsJpeg_CloseToTheEncodedPixels()
    {
        var original = TestImages.Quadrants(32, 16);

        var decoded = _decoder.Decode(JpegEncoder.Encode(original, 100));

        Assert.Multiple(() =>
        {
            Assert.That((decoded.Width, decoded.Height), Is.EqualTo((32, 16)));
            var worst = decoded.Pixels.Zip(original.Pixels, (a, b) => Math.Abs(a - b)).Max();
            Assert.That(worst, Is.LessThanOrEqualTo(4), "JPEG at quality 100 on flat 8x8-aligned blocks is near lossless");
        });
    }

    [Test]
    public void Decode_ReadsPng_Exactly()
    {
        var original = TestImages.Filled(7, 5, (x, y) => ((byte)(x * 30), (byte)(y * 50), (byte)(x ^ y)));

        Assert.That(_decoder.Decode(PngEncoder.Encode(original)).Pixels, Is.EqualTo(original.Pixels));
    }

    [Test]
    public void Decode_ReadsLosslessWebP_Exactly()
    {
        var original = TestImages.Filled(9, 6, (x, y) => ((byte)(x * 25), (byte)(255 - (y * 40)), (byte)(x * y)));

        Assert.That(_decoder.Decode(WebPEncoder.EncodeLossless(original)).Pixels, Is.EqualTo(original.Pixels));
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
    public void Decode_LeavesTransparentGifPixelsWhite()
    {
        byte[][] palette = [TestImages.Red, TestImages.Green, TestImages.Blue, [10, 20, 30]];
        byte[][] indices = [[0, 3], [3, 1]];

        var decoded = _decoder.Decode(TestImages.Gif(palette, indices, transparentIndex: 3));

        Assert.Multiple(() =>
        {
            Assert.That(TestImages.Pixel(decoded, 0, 0), Is.EqualTo(TestImages.Red));
            Assert.That(TestImages.Pixel(decoded, 1, 0), Is.EqualTo(TestImages.White));
            Assert.That(TestImages.Pixel(decoded, 1, 1), Is.EqualTo(TestImages.Green));
        });
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
