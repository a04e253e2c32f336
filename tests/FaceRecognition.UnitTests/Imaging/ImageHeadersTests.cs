using System.Buffers.Binary;
using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Infrastructure.Imaging.Headers;
using FaceRecognition.TestSupport;

namespace FaceRecognition.UnitTests.Imaging;

public sealed class ImageHeadersTests
{
    private static readonly Domain.Imaging.RgbImage Picture = TestImages.Filled(37, 23, (x, y) => ((byte)(x * 6), (byte)(y * 9), (byte)(x + y)));

    public static IEnumerable<TestCaseData> EncodedFiles()
    {
        yield return new TestCaseData(ImageFormat.Jpeg, TestImageFiles.Jpeg(Picture, 90)).SetName("Jpeg");
        yield return new TestCaseData(ImageFormat.Png, TestImageFiles.Png(Picture)).SetName("Png");
        yield return new TestCaseData(ImageFormat.WebP, TestImageFiles.WebPLossless(Picture)).SetName("WebPLossless");
        yield return new TestCaseData(ImageFormat.WebP, TestImageFiles.WebPLossy(Picture, 80)).SetName("WebPLossy");
        yield return new TestCaseData(ImageFormat.WebP, TestImages.AnimatedWebP(37, 23, TestImageFiles.WebPLossless(Picture))).SetName("WebPAnimated");
        yield return new TestCaseData(ImageFormat.Bmp, TestImageFiles.Bmp(Picture)).SetName("Bmp");
        yield return new TestCaseData(ImageFormat.Bmp, TestImages.Bmp(Picture, 32, topDown: true)).SetName("BmpTopDown");
        yield return new TestCaseData(ImageFormat.Tiff, TestImageFiles.Tiff(Picture)).SetName("Tiff");
    }

    [TestCaseSource(nameof(EncodedFiles))]
    public void ReadSize_GivesTheEncodedSize_ForEveryAcceptedFormat(ImageFormat format, byte[] file)
    {
        Assert.Multiple(() =>
        {
            Assert.That(ImageHeaders.Identify(file), Is.EqualTo(format));
            Assert.That(ImageHeaders.ReadSize(format, file), Is.EqualTo(new ImageSize(37, 23)));
        });
    }

    [Test]
    public void ReadSize_GivesTheScreenSize_ForAGif()
    {
        byte[][] palette = [TestImages.Red, TestImages.Green, TestImages.Blue, TestImages.White];
        var gif = TestImages.Gif(palette, [[0, 1, 2], [3, 2, 1]]);

        Assert.That(ImageHeaders.ReadSize(ImageFormat.Gif, gif), Is.EqualTo(new ImageSize(3, 2)));
    }

    [TestCase(true)]
    [TestCase(false)]
    public void ReadSize_ReadsBigTiff_InEitherByteOrder(bool littleEndian)
    {
        // Header: order, 43, offset size 8, 0, first directory at 16; directory: 2 entries of 20 bytes.
        var tiff = new byte[16 + 8 + (2 * 20) + 8];
        void U16(int at, ushort v) { if (littleEndian) { BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at), v); } else { BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(at), v); } }
        void U64(int at, ulong v) { if (littleEndian) { BinaryPrimitives.WriteUInt64LittleEndian(tiff.AsSpan(at), v); } else { BinaryPrimitives.WriteUInt64BigEndian(tiff.AsSpan(at), v); } }
        tiff[0] = tiff[1] = (byte)(littleEndian ? 'I' : 'M');
        U16(2, 43);
        U16(4, 8);
        U64(8, 16);
        U64(16, 2);
        U16(24, 256);  // ImageWidth, LONG8
        U16(26, 16);
        U64(28, 1);
        U64(36, 70000);
        U16(44, 257);  // ImageLength, SHORT
        U16(46, 3);
        U64(48, 1);
        U16(56, 500);

        Assert.That(ImageHeaders.ReadSize(ImageFormat.Tiff, tiff), Is.EqualTo(new ImageSize(70000, 500)));
    }

    [Test]
    public void ReadSize_SkipsAnExifThumbnail_AndReadsTheMainFrame()
    {
        // A thumbnail's own SOF sits inside the APP1 payload, which the walk skips by its length.
        var thumbnail = TestImageFiles.Jpeg(TestImages.Quadrants(8, 8), 80);
        var jpeg = TestImages.WithApp1(TestImageFiles.Jpeg(Picture, 90), [.. "Exif\0\0"u8, .. thumbnail]);

        Assert.That(ImageHeaders.ReadSize(ImageFormat.Jpeg, jpeg), Is.EqualTo(new ImageSize(37, 23)));
    }

    public static IEnumerable<TestCaseData> CutHeaders()
    {
        yield return new TestCaseData(ImageFormat.Jpeg, TestImageFiles.Jpeg(Picture, 90)[..20]).SetName("JpegBeforeItsFrameHeader");
        yield return new TestCaseData(ImageFormat.Png, TestImageFiles.Png(Picture)[..20]).SetName("PngInsideIhdr");
        yield return new TestCaseData(ImageFormat.WebP, TestImageFiles.WebPLossy(Picture, 80)[..22]).SetName("WebPBeforeItsSize");
        yield return new TestCaseData(ImageFormat.Bmp, TestImageFiles.Bmp(Picture)[..16]).SetName("BmpInsideItsInfoHeader");
        yield return new TestCaseData(ImageFormat.Tiff, TestImageFiles.Tiff(Picture)[..6]).SetName("TiffBeforeItsDirectory");
        yield return new TestCaseData(ImageFormat.Gif, "GIF89a\u0004\0\u0004\0\0\0\0"u8.ToArray()).SetName("GifWithoutAFrame");
    }

    [TestCaseSource(nameof(CutHeaders))]
    public void ReadSize_ThrowsCorrupt_WhenTheHeaderIsCut(ImageFormat format, byte[] file)
    {
        var error = Assert.Throws<InvalidImageException>(() => ImageHeaders.ReadSize(format, file))!;

        Assert.That(error.Reason, Is.EqualTo(InvalidImageReason.Corrupt));
    }
}
