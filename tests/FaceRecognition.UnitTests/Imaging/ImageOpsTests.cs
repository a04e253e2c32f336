using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Imaging;

namespace FaceRecognition.UnitTests.Imaging;

public sealed class ImageOpsTests
{
    private static readonly TensorFormat Raw = new(PixelOrder.Rgb, 0, 1);

    private static RgbImage Grey(int width, int height, params byte[] values) =>
        TestImages.Filled(width, height, (x, y) => (values[(y * width) + x], values[(y * width) + x], values[(y * width) + x]));

    [Test]
    public void Resize_InterpolatesBetweenPixelCentres_WhenEnlarging()
    {
        var resized = ImageOps.Resize(Grey(2, 1, 0, 100), 4, 1);

        // Output centres map to source x = -0.25 (clamped), 0.25, 0.75, 1.25 (clamped).
        Assert.That(resized.Pixels.Where((_, i) => i % 3 == 0), Is.EqualTo(new byte[] { 0, 25, 75, 100 }));
    }

    [Test]
    public void Resize_AveragesWholeBlocks_WhenShrinkingMoreThanTwice()
    {
        // Bilinear at the output centres (source x = 1.5 and 5.5) would give 0 and 100; the block means are 10 and 100.
        var resized = ImageOps.Resize(Grey(8, 1, 0, 0, 0, 40, 100, 100, 100, 100), 2, 1);

        Assert.That(resized.Pixels.Where((_, i) => i % 3 == 0), Is.EqualTo(new byte[] { 10, 100 }));
    }

    [Test]
    public void Resize_KeepsPixels_WhenTheSizeIsUnchanged()
    {
        var image = TestImages.Filled(5, 4, (x, y) => ((byte)(x * 40), (byte)(y * 60), (byte)(x + y)));

        Assert.That(ImageOps.Resize(image, 5, 4).Pixels, Is.EqualTo(image.Pixels));
    }

    [Test]
    public void Crop_ClampsTheRectangleToTheImage()
    {
        var image = TestImages.Filled(5, 5, (x, y) => ((byte)x, (byte)y, 0));

        var crop = ImageOps.Crop(image, -2, 3, 4, 10);

        Assert.Multiple(() =>
        {
            Assert.That((crop.Width, crop.Height), Is.EqualTo((2, 2)));
            Assert.That(TestImages.Pixel(crop, 1, 1), Is.EqualTo(new byte[] { 1, 4, 0 }));
        });
    }

    [Test]
    public void Crop_Throws_WhenTheRectangleMissesTheImage()
    {
        Assert.That(() => ImageOps.Crop(Grey(2, 2, 1, 2, 3, 4), 5, 5, 2, 2), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void SampleToTensor_WithIdentity_GivesExactlyThePixelsNormalised()
    {
        var image = TestImages.Filled(4, 3, (x, y) => ((byte)(10 * x), (byte)(100 + y), (byte)(200 + x + y)));
        var tensor = new float[3 * 4 * 3];

        ImageOps.SampleToTensor(image, AffineTransform.Identity, 4, 3, new TensorFormat(PixelOrder.Rgb, 127.5f, 1 / 128f), tensor);

        var expected = new float[tensor.Length];
        for (var y = 0; y < 3; y++)
        {
            for (var x = 0; x < 4; x++)
            {
                for (var c = 0; c < 3; c++)
                {
                    expected[(c * 12) + (y * 4) + x] = (TestImages.Pixel(image, x, y)[c] - 127.5f) / 128f;
                }
            }
        }

        Assert.That(tensor, Is.EqualTo(expected));
    }

    [Test]
    public void SampleToTensor_PutsBlueInTheFirstPlane_ForBgr()
    {
        var image = TestImages.Filled(2, 1, (_, _) => (10, 20, 30));
        var tensor = new float[6];

        ImageOps.SampleToTensor(image, AffineTransform.Identity, 2, 1, new TensorFormat(PixelOrder.Bgr, 0, 1), tensor);

        Assert.That(tensor, Is.EqualTo(new float[] { 30, 30, 20, 20, 10, 10 }));
    }

    [Test]
    public void SampleToTensor_WritesOneLumaPlane_ForGrey()
    {
        var image = TestImages.Filled(1, 1, (_, _) => (100, 200, 50));
        var tensor = new float[1];

        ImageOps.SampleToTensor(image, AffineTransform.Identity, 1, 1, new TensorFormat(PixelOrder.Grey, 0, 1), tensor);

        Assert.That(tensor[0], Is.EqualTo((0.299f * 100) + (0.587f * 200) + (0.114f * 50)).Within(1e-3f));
    }

    [Test]
    public void SampleToTensor_BlendsWithBlack_HalfAPixelOutsideTheImage()
    {
        var image = TestImages.Filled(3, 1, (_, _) => (200, 200, 200));
        var tensor = new float[3 * 3];

        ImageOps.SampleToTensor(image, AffineTransform.ScaleTranslate(1, 1, -0.5f, 0), 3, 1, Raw, tensor);

        Assert.That(tensor[..3], Is.EqualTo(new float[] { 100, 200, 200 }));
    }

    [Test]
    public void SampleToTensor_FollowsARotation_PixelForPixel()
    {
        var image = TestImages.Filled(3, 3, (x, y) => ((byte)((y * 3) + x), 0, 0));
        var tensor = new float[27];

        // Output (x, y) reads source (y, 2 - x): a quarter turn, which takes the per-pixel (non-separable) path.
        ImageOps.SampleToTensor(image, new AffineTransform(0, 1, 0, -1, 0, 2), 3, 3, Raw, tensor);

        Assert.That(tensor[..9], Is.EqualTo(new float[] { 6, 3, 0, 7, 4, 1, 8, 5, 2 }));
    }

    [TestCase(0f)]
    [TestCase(0.2f)]
    public void SampleToTensor_AveragesAFineCheckerboard_WhenShrinkingTenfold(float angle)
    {
        var checkerboard = TestImages.Filled(640, 640, (x, y) => ((x + y) % 2 == 0 ? (byte)255 : (byte)0, 0, 0));
        var tensor = new float[3 * 48 * 48];
        var map = new AffineTransform(10 * MathF.Cos(angle), -10 * MathF.Sin(angle), 100, 10 * MathF.Sin(angle), 10 * MathF.Cos(angle), 50);

        ImageOps.SampleToTensor(checkerboard, map, 48, 48, Raw, tensor);

        // Point sampling would give 0 or 255 depending on phase; an average of the footprint is close to half.
        var red = tensor.AsSpan(0, 24 * 24).ToArray();
        Assert.That(red, Has.All.InRange(110f, 145f));
    }

    [Test]
    public void CropResizeToTensor_OfTheWholeImage_AtTheSameSize_IsTheIdentity()
    {
        var image = TestImages.Filled(4, 4, (x, y) => ((byte)(x * 50), (byte)(y * 50), 7));
        var viaCrop = new float[48];
        var viaIdentity = new float[48];

        ImageOps.CropResizeToTensor(image, 0, 0, 4, 4, 4, 4, Raw, viaCrop);
        ImageOps.SampleToTensor(image, AffineTransform.Identity, 4, 4, Raw, viaIdentity);

        Assert.That(viaCrop, Is.EqualTo(viaIdentity));
    }

    [Test]
    public void CropResizeToTensor_ReadsBlack_WhereTheRegionLeavesTheImage()
    {
        var image = TestImages.Filled(4, 4, (_, _) => (90, 90, 90));
        var tensor = new float[3 * 2 * 2];

        // The region's left half lies left of the image: 2 output pixels of 2 source pixels each.
        ImageOps.CropResizeToTensor(image, -2, 0, 4, 4, 2, 2, Raw, tensor);

        Assert.That(tensor[..4], Is.EqualTo(new float[] { 0, 90, 0, 90 }));
    }

    [Test]
    public void CropResizeToTensor_AveragesBlocks_WhenHalving()
    {
        var image = Grey(4, 1, 10, 30, 50, 70);
        var tensor = new float[3 * 2];

        ImageOps.CropResizeToTensor(image, 0, 0, 4, 1, 2, 1, Raw, tensor);

        Assert.That(tensor[..2], Is.EqualTo(new float[] { 20, 60 }));
    }

    [Test]
    public void SampleToTensor_Throws_WhenTheDestinationIsTooSmall()
    {
        var image = Grey(2, 2, 1, 2, 3, 4);

        Assert.That(
            () => ImageOps.SampleToTensor(image, AffineTransform.Identity, 2, 2, Raw, new float[11]),
            Throws.ArgumentException);
    }
}
