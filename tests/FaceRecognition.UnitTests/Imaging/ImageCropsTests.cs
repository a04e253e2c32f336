using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Imaging;
using FaceRecognition.TestSupport;

namespace FaceRecognition.UnitTests.Imaging;

public sealed class ImageCropsTests
{
    [Test]
    public void CropResize_OfTheWholeImage_AtItsOwnSize_GivesItsPixels()
    {
        var image = TestImages.Filled(5, 4, (x, y) => ((byte)(x * 40), (byte)(y * 60), (byte)(x + y)));

        var (crop, region) = ImageCrops.CropResize(Level(image), new FaceBox(0, 0, 5, 4), 5, 4);

        using (crop)
        {
            Assert.Multiple(() =>
            {
                Assert.That(TestImageFiles.FromRgbMat(crop).Pixels, Is.EqualTo(image.Pixels));
                Assert.That(region, Is.EqualTo(new FaceBox(0, 0, 5, 4)));
            });
        }
    }

    [Test]
    public void CropResize_AveragesWholeBlocks_WhenShrinking()
    {
        // Point sampling would pick single pixels; the 4-pixel block means are 10 and 100.
        var image = Grey(8, 1, 0, 0, 0, 40, 100, 100, 100, 100);

        var (crop, _) = ImageCrops.CropResize(Level(image), new FaceBox(0, 0, 8, 1), 2, 1);

        using (crop)
        {
            Assert.That(TestImageFiles.FromRgbMat(crop).Pixels.Where((_, i) => i % 3 == 0), Is.EqualTo(new byte[] { 10, 100 }));
        }
    }

    [Test]
    public void CropResize_ReadsBlack_WhereTheRegionLeavesTheImage()
    {
        var image = TestImages.Filled(4, 4, (_, _) => (90, 90, 90));

        // The region's left half lies left of the image: 2 output pixels of 2 source pixels each.
        var (crop, region) = ImageCrops.CropResize(Level(image), new FaceBox(-2, 0, 4, 4), 2, 2);

        using (crop)
        {
            Assert.Multiple(() =>
            {
                Assert.That(TestImageFiles.FromRgbMat(crop).Pixels.Where((_, i) => i % 3 == 0), Is.EqualTo(new byte[] { 0, 90, 0, 90 }));
                Assert.That(region, Is.EqualTo(new FaceBox(-2, 0, 4, 4)));
            });
        }
    }

    [Test]
    public void CropResize_CutsWholeLevelPixels_AndReportsTheRegionInFullResolutionCoordinates()
    {
        // A level at half the full size: full (10.6, 4.2, 20.8, 8.4) is level (5.3, 2.1, 10.4, 4.2) → pixels 5..16 × 2..6.
        var level = new ImageLevel(new byte[20 * 10 * 3], 20, 10, 40, 20);

        var (crop, region) = ImageCrops.CropResize(level, new FaceBox(10.6f, 4.2f, 20.8f, 8.4f), 4, 4);

        using (crop)
        {
            Assert.That(region, Is.EqualTo(new FaceBox(10, 4, 22, 8)));
        }
    }

    [Test]
    public void CropResize_GivesBlack_ForARegionEntirelyOutsideTheImage()
    {
        var (crop, _) = ImageCrops.CropResize(Level(TestImages.Filled(4, 4, (_, _) => (200, 200, 200))), new FaceBox(50, 50, 4, 4), 3, 3);

        using (crop)
        {
            Assert.That(TestImageFiles.FromRgbMat(crop).Pixels, Has.All.EqualTo((byte)0));
        }
    }

    [Test]
    public void Letterbox_KeepsTheAspectRatio_AndLeavesTheRestBlack()
    {
        var image = TestImages.Filled(64, 16, (_, _) => (200, 100, 50));

        var (canvas, scaleX, scaleY) = ImageCrops.Letterbox(Level(image), 32, 24);

        using (canvas)
        {
            var pixels = TestImageFiles.FromRgbMat(canvas);
            Assert.Multiple(() =>
            {
                Assert.That((scaleX, scaleY), Is.EqualTo((0.5f, 0.5f)));
                Assert.That(TestImages.Pixel(pixels, 31, 7), Is.EqualTo(new byte[] { 200, 100, 50 }));
                Assert.That(TestImages.Pixel(pixels, 0, 8), Is.EqualTo(new byte[] { 0, 0, 0 }), "below the 32x8 picture");
            });
        }
    }

    private static ImageLevel Level(RgbImage image) => new(image.Pixels, image.Width, image.Height, image.Width, image.Height);

    private static RgbImage Grey(int width, int height, params byte[] values) =>
        TestImages.Filled(width, height, (x, y) => (values[(y * width) + x], values[(y * width) + x], values[(y * width) + x]));
}
