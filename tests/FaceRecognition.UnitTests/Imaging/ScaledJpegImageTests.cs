using FaceRecognition.Infrastructure.Imaging;
using FaceRecognition.Infrastructure.Imaging.Headers;
using FaceRecognition.TestSupport;
using OpenCvSharp;

namespace FaceRecognition.UnitTests.Imaging;

public sealed class ScaledJpegImageTests
{
    private readonly ImageDecoder _decoder = new(new ImagingOptions());

    [TestCase(300, 200, 0)]
    [TestCase(640, 480, 1)]
    [TestCase(1920, 1280, 2)]
    [TestCase(1280, 1920, 2)]
    [TestCase(4000, 3000, 3)]
    [TestCase(3000, 3000, 3)]
    [TestCase(4000, 3996, 2)]
    [TestCase(4000, 3999, 0)]
    public void JpegScaleIndex_IsTheCoarsestScaleThatFillsTheDetector_AndShowsTheOrientation(int width, int height, int expected)
    {
        Assert.That(ImageDecoder.JpegScaleIndex(new ImageSize(width, height)), Is.EqualTo(expected));
    }

    [Test]
    public void Decode_DecodesALargeJpegAtTheDetectorsScale_AndGivesItsFullSize()
    {
        var image = _decoder.Decode(TestImageFiles.Jpeg(Gradient(1920, 1280), 90));

        var level = ImageLevels.ForDetection(image);
        Assert.Multiple(() =>
        {
            Assert.That(image, Is.InstanceOf<ScaledJpegImage>());
            Assert.That((image.Width, image.Height), Is.EqualTo((1920, 1280)));
            Assert.That((level.Width, level.Height, level.ScaleX), Is.EqualTo((480, 320, 4f)));
        });
    }

    [Test]
    public void Pixels_OfAScaledJpeg_AreExactlyOpenCvsFullDecode()
    {
        var jpeg = TestImageFiles.Jpeg(Gradient(1000, 700), 90);

        var image = _decoder.Decode(jpeg);

        using var full = Cv2.ImDecode(jpeg, ImreadModes.Color);
        using var rgb = new Mat();
        Cv2.CvtColor(full, rgb, ColorConversionCodes.BGR2RGB);
        Assert.Multiple(() =>
        {
            Assert.That(image, Is.InstanceOf<ScaledJpegImage>());
            Assert.That(image.Pixels, Is.EqualTo(TestImageFiles.FromRgbMat(rgb).Pixels));
        });
    }

    [Test]
    public void ForRegion_IsTheCoarsestScaleKeepingTheOutputSize_WhateverWasDecodedBefore()
    {
        var image = _decoder.Decode(TestImageFiles.Jpeg(Gradient(4000, 3000), 85));
        var detection = ImageLevels.ForDetection(image);

        var big = ImageLevels.ForRegion(image, 1200, 112);
        var small = ImageLevels.ForRegion(image, 300, 112);
        var medium = ImageLevels.ForRegion(image, 600, 112);
        var tiny = ImageLevels.ForRegion(image, 40, 112);
        var smallAgain = ImageLevels.ForRegion(image, 300, 112);

        Assert.Multiple(() =>
        {
            Assert.That(detection.ScaleX, Is.EqualTo(8f));
            Assert.That(big, Is.SameAs(detection), "1200 px / 8 = 150 px is enough");
            Assert.That(small.ScaleX, Is.EqualTo(2f), "300 px needs 1/2 to keep 112 px");
            Assert.That(medium.ScaleX, Is.EqualTo(4f), "600 px gets 1/4 even though 1/2 is decoded already");
            Assert.That(tiny.ScaleX, Is.EqualTo(1f), "short of 112 px even at full size");
            Assert.That(smallAgain, Is.SameAs(small), "each scale is decoded once");
        });
    }

    private static Domain.Imaging.RgbImage Gradient(int width, int height) =>
        TestImages.Filled(width, height, (x, y) => ((byte)(x * 255 / width), (byte)(y * 255 / height), (byte)((x + y) % 256)));
}
