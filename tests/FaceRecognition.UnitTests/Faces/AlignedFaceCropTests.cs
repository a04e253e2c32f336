using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Faces;
using FaceRecognition.Infrastructure.Imaging;
using FaceRecognition.TestSupport;
using FaceRecognition.UnitTests.Imaging;

namespace FaceRecognition.UnitTests.Faces;

public sealed class AlignedFaceCropTests
{
    [Test]
    public void Warp_WithTheIdentity_GivesThePixelsUnchanged()
    {
        var image = TestImages.Filled(6, 6, (x, y) => ((byte)(x * 40), (byte)(y * 40), (byte)(x * y)));

        using var crop = AlignedFaceCrop.Warp(Level(image), SimilarityTransform.FromScaleRotation(1, 0, 0, 0), 6);

        Assert.That(TestImageFiles.FromRgbMat(crop).Pixels, Is.EqualTo(image.Pixels));
    }

    [Test]
    public void Warp_FollowsAQuarterTurn_PixelForPixel()
    {
        var image = TestImages.Filled(3, 3, (x, y) => ((byte)((y * 3) + x), 0, 0));

        // Image (x, y) → crop (2 − y, x): a quarter turn clockwise about the centre pixel.
        using var crop = AlignedFaceCrop.Warp(Level(image), SimilarityTransform.FromScaleRotation(1, 90, 2, 0), 3);

        Assert.That(TestImageFiles.FromRgbMat(crop).Pixels.Where((_, i) => i % 3 == 0), Is.EqualTo(new byte[] { 6, 3, 0, 7, 4, 1, 8, 5, 2 }));
    }

    [TestCase(0.0)]
    [TestCase(11.5)]
    public void Warp_AveragesAFineCheckerboard_WhenTheFaceIsTenTimesTheTemplate(double degrees)
    {
        var checkerboard = TestImages.Filled(640, 640, (x, y) => ((x + y) % 2 == 0 ? (byte)255 : (byte)0, 0, 0));
        var imageToTemplate = SimilarityTransform.FromScaleRotation(10, degrees, 100, 50).Invert();

        using var crop = AlignedFaceCrop.Warp(Level(checkerboard), imageToTemplate, 48);

        // Bilinear sampling alone would give 0 or 255 depending on phase; averaging the footprint gives about half.
        var red = TestImageFiles.FromRgbMat(crop).Pixels.Where((_, i) => i % 3 == 0).Take(24 * 48).ToArray();
        Assert.That(red.Where((_, i) => i % 48 < 24), Has.All.InRange(100, 155));
    }

    [Test]
    public void Warp_FromAReducedLevel_MatchesTheSameWarpAtFullResolution()
    {
        var image = TestImages.Filled(200, 200, (x, y) => ((byte)x, (byte)y, (byte)((x + y) / 2)));
        var half = TestImageFiles.Resize(image, 100, 100);
        var imageToTemplate = SimilarityTransform.FromScaleRotation(1.6, 20, 30, 40).Invert();

        using var full = AlignedFaceCrop.Warp(Level(image), imageToTemplate, 32);
        using var reduced = AlignedFaceCrop.Warp(new ImageLevel(half.Pixels, 100, 100, 200, 200), imageToTemplate, 32);

        var worst = TestImageFiles.FromRgbMat(full).Pixels.Zip(TestImageFiles.FromRgbMat(reduced).Pixels, (a, b) => Math.Abs(a - b)).Max();
        Assert.That(worst, Is.LessThanOrEqualTo(3), "a smooth gradient looks the same from either scale");
    }

    private static ImageLevel Level(RgbImage image) => new(image.Pixels, image.Width, image.Height, image.Width, image.Height);
}
