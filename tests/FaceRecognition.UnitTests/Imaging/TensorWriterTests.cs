using FaceRecognition.Infrastructure.Imaging;
using FaceRecognition.TestSupport;

namespace FaceRecognition.UnitTests.Imaging;

public sealed class TensorWriterTests
{
    [Test]
    public void Write_GivesRgbPlanes_Normalised()
    {
        var image = TestImages.Filled(4, 3, (x, y) => ((byte)(10 * x), (byte)(100 + y), (byte)(200 + x + y)));
        var tensor = new float[3 * 4 * 3];

        using (var mat = TestImageFiles.AsMat(image))
        {
            TensorWriter.Write(mat, new TensorFormat(PixelOrder.Rgb, 127.5f, 1 / 128f), tensor);
        }

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

        Assert.That(tensor, Is.EqualTo(expected).Within(1e-6f));
    }

    [Test]
    public void Write_PutsBlueInTheFirstPlane_ForBgr()
    {
        var tensor = new float[6];

        using (var mat = TestImageFiles.AsMat(TestImages.Filled(2, 1, (_, _) => (10, 20, 30))))
        {
            TensorWriter.Write(mat, new TensorFormat(PixelOrder.Bgr, 0, 1), tensor);
        }

        Assert.That(tensor, Is.EqualTo(new float[] { 30, 30, 20, 20, 10, 10 }));
    }

    [Test]
    public void Write_WritesOneLumaPlane_ForGrey()
    {
        var tensor = new float[1];

        using (var mat = TestImageFiles.AsMat(TestImages.Filled(1, 1, (_, _) => (100, 200, 50))))
        {
            TensorWriter.Write(mat, new TensorFormat(PixelOrder.Grey, 0, 1), tensor);
        }

        Assert.That(tensor[0], Is.EqualTo(Math.Round((0.299 * 100) + (0.587 * 200) + (0.114 * 50))).Within(1));
    }

    [Test]
    public void Write_AppliesTheImageNetStatistics_ByPlaneIndex()
    {
        var tensor = new float[3];

        using (var mat = TestImageFiles.AsMat(TestImages.Filled(1, 1, (_, _) => (255, 0, 128))))
        {
            TensorWriter.Write(mat, TensorFormat.ImageNet(PixelOrder.Bgr), tensor);
        }

        // Plane 0 holds blue (128) with red's statistics, plane 2 red (255) with blue's.
        Assert.That(tensor, Is.EqualTo(new[] { ((128 / 255f) - 0.485f) / 0.229f, (0 - 0.456f) / 0.224f, (1 - 0.406f) / 0.225f }).Within(1e-5f));
    }

    [Test]
    public void Write_Throws_WhenTheDestinationDoesNotFit()
    {
        using var mat = TestImageFiles.AsMat(TestImages.Filled(2, 2, (_, _) => (1, 2, 3)));

        Assert.That(() => TensorWriter.Write(mat, new TensorFormat(PixelOrder.Rgb, 0, 1), new float[11]), Throws.ArgumentException);
    }
}
