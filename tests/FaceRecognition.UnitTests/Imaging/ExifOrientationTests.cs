using FaceRecognition.Infrastructure.Imaging;
using FaceRecognition.TestSupport;

namespace FaceRecognition.UnitTests.Imaging;

public sealed class ExifOrientationTests
{
    private readonly ImageDecoder _decoder = new(new ImagingOptions());

    // Stored image: 32x16, quadrants TL red, TR green, BL blue, BR white. Expected upright corners per orientation,
    // worked out from the EXIF definitions (e.g. 6: the stored left column becomes the top row, read bottom-up).
    [TestCase(1, 32, 16, "red", "green", "blue", "white")]
    [TestCase(2, 32, 16, "green", "red", "white", "blue")]
    [TestCase(3, 32, 16, "white", "blue", "green", "red")]
    [TestCase(4, 32, 16, "blue", "white", "red", "green")]
    [TestCase(5, 16, 32, "red", "blue", "green", "white")]
    [TestCase(6, 16, 32, "blue", "red", "white", "green")]
    [TestCase(7, 16, 32, "white", "green", "blue", "red")]
    [TestCase(8, 16, 32, "green", "white", "red", "blue")]
    public void Decode_AppliesExifOrientation(int orientation, int width, int height, string topLeft, string topRight, string bottomLeft, string bottomRight)
    {
        var jpeg = TestImageFiles.Jpeg(TestImages.Quadrants(32, 16), 100);

        foreach (var littleEndian in new[] { true, false })
        {
            var image = _decoder.Decode(TestImages.WithExifOrientation(jpeg, (ushort)orientation, littleEndian));

            Assert.Multiple(() =>
            {
                Assert.That((image.Width, image.Height), Is.EqualTo((width, height)));
                Assert.That(ColourAt(image, 2, 2), Is.EqualTo(topLeft));
                Assert.That(ColourAt(image, width - 3, 2), Is.EqualTo(topRight));
                Assert.That(ColourAt(image, 2, height - 3), Is.EqualTo(bottomLeft));
                Assert.That(ColourAt(image, width - 3, height - 3), Is.EqualTo(bottomRight));
            });
        }
    }

    [TestCase(6, 640, 1280, "blue", "red", "white", "green")]
    [TestCase(8, 640, 1280, "green", "white", "red", "blue")]
    [TestCase(3, 1280, 640, "white", "blue", "green", "red")]
    public void Decode_AppliesExifOrientation_WhenALargeJpegIsDecodedAtAReducedScale(int orientation, int width, int height, string topLeft, string topRight, string bottomLeft, string bottomRight)
    {
        var jpeg = TestImages.WithExifOrientation(TestImageFiles.Jpeg(TestImages.Quadrants(1280, 640), 95), (ushort)orientation, littleEndian: true);

        var image = _decoder.Decode(jpeg);

        Assert.Multiple(() =>
        {
            Assert.That(image, Is.InstanceOf<ScaledJpegImage>(), "1280x640 is decoded at 1/2 first");
            Assert.That((image.Width, image.Height), Is.EqualTo((width, height)), "the full size, upright");
            var level = ImageLevels.ForDetection(image);
            Assert.That((level.Width, level.Height), Is.EqualTo((width / 2, height / 2)));
            Assert.That(LevelColour(level, 4, 4), Is.EqualTo(topLeft));
            Assert.That(LevelColour(level, level.Width - 5, 4), Is.EqualTo(topRight));
            Assert.That(LevelColour(level, 4, level.Height - 5), Is.EqualTo(bottomLeft));
            Assert.That(LevelColour(level, level.Width - 5, level.Height - 5), Is.EqualTo(bottomRight));
            Assert.That(ColourAt(image, width - 3, height - 3), Is.EqualTo(bottomRight), "full resolution, decoded on first read");
        });
    }

    [TestCase(0)]
    [TestCase(9)]
    [TestCase(0xFFFF)]
    public void Decode_IgnoresAnOutOfRangeOrientationValue(int orientation)
    {
        var jpeg = TestImageFiles.Jpeg(TestImages.Quadrants(32, 16), 100);

        var image = _decoder.Decode(TestImages.WithExifOrientation(jpeg, (ushort)orientation, littleEndian: true));

        Assert.That((image.Width, ColourAt(image, 2, 2)), Is.EqualTo((32, "red")));
    }

    [Test]
    public void Decode_IgnoresExifWhoseOffsetsPointPastTheSegment()
    {
        var jpeg = TestImageFiles.Jpeg(TestImages.Quadrants(32, 16), 100);
        byte[] tiff = [.. "Exif\0\0"u8, (byte)'I', (byte)'I', 42, 0, 0xF0, 0xFF, 0xFF, 0x7F, 0x01, 0x00];

        var image = _decoder.Decode(TestImages.WithApp1(jpeg, tiff));

        Assert.That((image.Width, ColourAt(image, 2, 2)), Is.EqualTo((32, "red")));
    }

    [Test]
    public void Decode_IgnoresAnIfdClaimingMoreEntriesThanItHolds()
    {
        var jpeg = TestImageFiles.Jpeg(TestImages.Quadrants(32, 16), 100);
        byte[] tiff = [.. "Exif\0\0"u8, (byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, 0xFF, 0xFF, 0x01, 0x12];

        var image = _decoder.Decode(TestImages.WithApp1(jpeg, tiff));

        Assert.That((image.Width, ColourAt(image, 2, 2)), Is.EqualTo((32, "red")));
    }

    private static string LevelColour(ImageLevel level, int x, int y) =>
        Name(level.Pixels.AsSpan(((y * level.Width) + x) * 3, 3).ToArray());

    private static string ColourAt(Domain.Imaging.RgbImage image, int x, int y) => Name(TestImages.Pixel(image, x, y));

    private static string Name(byte[] p)
    {
        return (p[0] > 200, p[1] > 200, p[2] > 200) switch
        {
            (true, false, false) => "red",
            (false, true, false) => "green",
            (false, false, true) => "blue",
            (true, true, true) => "white",
            _ => $"rgb({p[0]},{p[1]},{p[2]})",
        };
    }
}
