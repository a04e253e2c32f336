using System.Buffers.Binary;
using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Infrastructure.Imaging;
using FaceRecognition.TestSupport;

namespace FaceRecognition.UnitTests.Imaging;

public sealed class ImageDecoderHardeningTests
{
    private readonly ImageDecoder _decoder = new(new ImagingOptions());

    [Test]
    public void Decode_ThrowsEmpty_ForZeroBytes()
    {
        var error = DecodeError([]);

        Assert.Multiple(() =>
        {
            Assert.That(error.Reason, Is.EqualTo(InvalidImageReason.Empty));
            Assert.That(error.Message, Does.Contain("JPEG, PNG, WebP, BMP, GIF or TIFF"));
        });
    }

    [TestCase("hello, this is plain text and not a picture")]
    [TestCase("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj")]
    [TestCase("RIFF\u0010\0\0\0WAVEfmt ")]
    public void Decode_ThrowsUnsupportedFormat_ForBytesOfAnotherKind(string content)
    {
        var error = DecodeError(System.Text.Encoding.Latin1.GetBytes(content));

        Assert.Multiple(() =>
        {
            Assert.That(error.Reason, Is.EqualTo(InvalidImageReason.UnsupportedFormat));
            Assert.That(error.Message, Does.Contain("JPEG, PNG, WebP, BMP, GIF or TIFF"));
        });
    }

    [Test]
    public void Decode_ThrowsCorrupt_ForAJpegCutInHalf()
    {
        var photo = File.ReadAllBytes(Path.Combine(TestImages.SamplesDirectory(), "sample1.jpg"));

        Assert.That(DecodeError(photo[..(photo.Length / 2)]).Reason, Is.EqualTo(InvalidImageReason.Corrupt));
    }

    [Test]
    public void Decode_ThrowsTooLarge_WhenPngHeaderClaimsHugeDimensions()
    {
        var png = TestImageFiles.Png(TestImages.Quadrants(4, 4));
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), 60000);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), 60000);

        var error = DecodeError(png);

        Assert.Multiple(() =>
        {
            Assert.That(error.Reason, Is.EqualTo(InvalidImageReason.TooLarge));
            Assert.That(error.Message, Does.Contain("60000x60000"));
        });
    }

    [Test]
    public void Decode_ThrowsTooLarge_WithTheMegapixelCount_WhenOverThePixelBudget()
    {
        var png = TestImageFiles.Png(TestImages.Quadrants(4, 4));
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), 10000);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), 5000);

        var error = DecodeError(png);

        Assert.That(error.Message, Is.EqualTo("The image is 10000x5000 (50 megapixels); the limit is 40 megapixels. Send a smaller image."));
    }

    [Test]
    public void Decode_ThrowsTooLarge_WhenJpegHeaderClaimsHugeDimensions()
    {
        var jpeg = TestImageFiles.Jpeg(TestImages.Quadrants(16, 16), 90);
        var sof = FindMarker(jpeg, 0xC0);
        BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(sof + 5), 65000);
        BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(sof + 7), 65000);

        Assert.That(DecodeError(jpeg).Reason, Is.EqualTo(InvalidImageReason.TooLarge));
    }

    [Test]
    public void Decode_ThrowsTooLarge_WhenTheConfiguredBudgetIsSmallerThanTheImage()
    {
        var decoder = new ImageDecoder(new ImagingOptions { MaxPixels = 100, MaxSide = 1000 });

        var error = Assert.Throws<InvalidImageException>(() => decoder.Decode(TestImageFiles.Png(TestImages.Quadrants(20, 20))));

        Assert.That(error!.Reason, Is.EqualTo(InvalidImageReason.TooLarge));
    }

    [Test]
    public void Decode_ThrowsCorrupt_ForAWebPHeaderFollowedByJunk()
    {
        byte[] webp = [.. "RIFF"u8, 0x40, 0, 0, 0, .. "WEBP"u8, .. "VP8 "u8, 0x30, 0, 0, 0, .. Enumerable.Range(0, 48).Select(i => (byte)(i * 37))];

        Assert.That(DecodeError(webp).Reason, Is.EqualTo(InvalidImageReason.Corrupt));
    }

    [Test]
    public void Decode_ThrowsCorrupt_ForATruncatedWebP()
    {
        var webp = TestImageFiles.WebPLossless(TestImages.Filled(64, 64, (x, y) => ((byte)(x * y), (byte)x, (byte)y)));

        Assert.That(DecodeError(webp[..(webp.Length / 2)]).Reason, Is.EqualTo(InvalidImageReason.Corrupt));
    }

    [Test]
    public void Decode_ThrowsCorrupt_ForATruncatedPng()
    {
        var png = TestImageFiles.Png(TestImages.Filled(64, 64, (x, y) => ((byte)(x * y), (byte)x, (byte)y)));

        Assert.That(DecodeError(png[..(png.Length / 2)]).Reason, Is.EqualTo(InvalidImageReason.Corrupt));
    }

    [Test]
    public void Decode_ThrowsTooLarge_ForABmpWithAbsurdDimensions()
    {
        var bmp = TestImages.Bmp(TestImages.Quadrants(4, 4), 24, topDown: false);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(18), 1_000_000_000);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(22), -1_000_000_000);

        Assert.That(DecodeError(bmp).Reason, Is.EqualTo(InvalidImageReason.TooLarge));
    }

    [Test]
    public void Decode_ThrowsCorrupt_ForABmpWhosePixelsRunPastTheEnd()
    {
        var bmp = TestImages.Bmp(TestImages.Quadrants(4, 4), 24, topDown: false);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(22), 4000);

        Assert.That(DecodeError(bmp).Reason, Is.EqualTo(InvalidImageReason.Corrupt));
    }

    [Test]
    public void Decode_ThrowsCorrupt_ForABmpWithAPixelOffsetPastTheEnd()
    {
        var bmp = TestImages.Bmp(TestImages.Quadrants(4, 4), 24, topDown: false);
        BinaryPrimitives.WriteUInt32LittleEndian(bmp.AsSpan(10), uint.MaxValue);

        Assert.That(DecodeError(bmp).Reason, Is.EqualTo(InvalidImageReason.Corrupt));
    }

    [TestCase(4, 0u)]
    [TestCase(16, 0u)]
    [TestCase(24, 1u)]
    [TestCase(8, 2u)]
    public void Decode_EitherDecodesAtTheHeadersSizeOrRefusesAsCorrupt_ABmpWhoseHeaderMisdescribesItsPixels(int bits, uint compression)
    {
        var bmp = TestImages.Bmp(TestImages.Quadrants(4, 4), 24, topDown: false);
        BinaryPrimitives.WriteInt16LittleEndian(bmp.AsSpan(28), (short)bits);
        BinaryPrimitives.WriteUInt32LittleEndian(bmp.AsSpan(30), compression);

        // OpenCV reads these BMP variants (palette, 16-bit, RLE), so whether the bytes make sense decides; never a crash.
        try
        {
            var image = _decoder.Decode(bmp);
            Assert.That((image.Width, image.Height), Is.EqualTo((4, 4)));
        }
        catch (InvalidImageException error)
        {
            Assert.That(error.Reason, Is.EqualTo(InvalidImageReason.Corrupt), error.Message);
            Assert.That(error.Message, Does.Contain("BMP"));
        }
    }

    [Test]
    public void Decode_ThrowsCorrupt_ForAGifCutBeforeItsPixels()
    {
        byte[][] palette = [TestImages.Red, TestImages.Green, TestImages.Blue, TestImages.White];
        var gif = TestImages.Gif(palette, [[0, 1, 2, 3], [3, 2, 1, 0]]);

        Assert.That(DecodeError(gif[..(gif.Length - 8)]).Reason, Is.EqualTo(InvalidImageReason.Corrupt));
    }

    [Test]
    public void Decode_ThrowsCorrupt_ForATiffWhoseDirectoryOffsetPointsPastTheEnd()
    {
        var tiff = TestImageFiles.Tiff(TestImages.Quadrants(8, 8));
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), 0x7FFFFFF0);

        Assert.That(DecodeError(tiff).Reason, Is.EqualTo(InvalidImageReason.Corrupt));
    }

    [Test]
    public void Decode_ThrowsCorrupt_ForATruncatedTiff()
    {
        var tiff = TestImageFiles.Tiff(TestImages.Filled(64, 64, (x, y) => ((byte)(x * y), (byte)x, (byte)y)));

        Assert.That(DecodeError(tiff[..(tiff.Length / 3)]).Reason, Is.EqualTo(InvalidImageReason.Corrupt));
    }

    [TestCase("jpeg")]
    [TestCase("png")]
    [TestCase("webp")]
    [TestCase("tiff")]
    [TestCase("gif")]
    public void Decode_RefusesADecompressionBomb_FromItsHeader_BeforeDecoding(string format)
    {
        // 3000x3000 flat pixels compress to a few kilobytes and would decode to 27 MB; the budget here is 1 megapixel.
        var decoder = new ImageDecoder(new ImagingOptions { MaxPixels = 1_000_000, MaxSide = 10_000 });
        var bomb = format == "gif" ? GifClaimingAHugeScreen() : FlatImage(format, 3000, 3000);
        Assert.That(bomb.Length, Is.LessThan(1_000_000), "a bomb is small on the wire");

        var error = Assert.Throws<InvalidImageException>(() => decoder.Decode(bomb))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Reason, Is.EqualTo(InvalidImageReason.TooLarge));
            Assert.That(error.Message, Does.Contain("3000x3000"));
        });
    }

    [Test]
    public void Decode_RefusesAGifWhoseFirstFrameReachesFarBeyondItsScreen()
    {
        byte[][] palette = [TestImages.Red, TestImages.Green, TestImages.Blue, TestImages.White];
        var gif = TestImages.Gif(palette, [[0, 1], [2, 3]]);
        var frame = Array.IndexOf(gif, (byte)0x2C);
        BinaryPrimitives.WriteUInt16LittleEndian(gif.AsSpan(frame + 5), 60000);
        BinaryPrimitives.WriteUInt16LittleEndian(gif.AsSpan(frame + 7), 60000);

        Assert.That(DecodeError(gif).Reason, Is.EqualTo(InvalidImageReason.TooLarge));
    }

    [Test]
    public void Decode_ThrowsOnlyInvalidImageException_ForRandomlyDamagedFiles()
    {
        var source = TestImages.Filled(48, 40, (x, y) => ((byte)(x * 5), (byte)(y * 6), (byte)((x * y) % 251)));
        byte[][] palette = [TestImages.Red, TestImages.Green, TestImages.Blue, TestImages.White];
        var valid = new Dictionary<string, byte[]>
        {
            ["jpeg"] = TestImageFiles.Jpeg(source, 85),
            ["png"] = TestImageFiles.Png(source),
            ["webp"] = TestImageFiles.WebPLossless(source),
            ["bmp"] = TestImages.Bmp(source, 24, topDown: false),
            ["tiff"] = TestImageFiles.Tiff(source),
            ["gif"] = TestImages.Gif(palette, [[0, 1, 2, 3, 0, 1], [3, 2, 1, 0, 3, 2]]),
        };
        var random = new Random(20261121);
        var failures = new List<string>();
        var rejected = 0;
        foreach (var (format, bytes) in valid)
        {
            for (var round = 0; round < 150; round++)
            {
                var damaged = Damage(bytes, random);
                try
                {
                    _decoder.Decode(damaged);
                }
                catch (InvalidImageException)
                {
                    rejected++;
                }
#pragma warning disable CA1031 // The point of this test is to catch any other exception type and report it.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    failures.Add($"{format} round {round}: {ex.GetType().Name}: {ex.Message}");
                }
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(failures, Is.Empty);
            Assert.That(rejected, Is.GreaterThan(100), "damage this heavy should make many files undecodable");
        });
    }

    private static byte[] FlatImage(string format, int width, int height)
    {
        using var flat = new OpenCvSharp.Mat(height, width, OpenCvSharp.MatType.CV_8UC3, OpenCvSharp.Scalar.All(128));
        return format switch
        {
            "jpeg" => TestImageFiles.EncodeBgr(".jpg", flat, (int)OpenCvSharp.ImwriteFlags.JpegQuality, 50),
            "png" => TestImageFiles.EncodeBgr(".png", flat, (int)OpenCvSharp.ImwriteFlags.PngCompression, 9),
            "webp" => TestImageFiles.EncodeBgr(".webp", flat, (int)OpenCvSharp.ImwriteFlags.WebPQuality, 50),
            "tiff" => TestImageFiles.EncodeBgr(".tiff", flat),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }

    /// <summary>A valid 2x2 GIF whose logical screen claims 3000x3000.</summary>
    private static byte[] GifClaimingAHugeScreen()
    {
        byte[][] palette = [TestImages.Red, TestImages.Green, TestImages.Blue, TestImages.White];
        var gif = TestImages.Gif(palette, [[0, 1], [2, 3]]);
        BinaryPrimitives.WriteUInt16LittleEndian(gif.AsSpan(6), 3000);
        BinaryPrimitives.WriteUInt16LittleEndian(gif.AsSpan(8), 3000);
        return gif;
    }

    private static byte[] Damage(byte[] bytes, Random random)
    {
        var damaged = bytes.ToArray();
        switch (random.Next(3))
        {
            case 0: // overwrite a few bytes, keeping the magic number so the same decoder is exercised
                for (var i = 0; i < 1 + random.Next(8); i++)
                {
                    damaged[6 + random.Next(damaged.Length - 6)] = (byte)random.Next(256);
                }

                return damaged;
            case 1: // truncate
                return damaged[..(6 + random.Next(damaged.Length - 6))];
            default: // damage the header region specifically
                for (var i = 0; i < 3; i++)
                {
                    damaged[6 + random.Next(Math.Min(60, damaged.Length - 6))] = (byte)random.Next(256);
                }

                return damaged;
        }
    }

    private static int FindMarker(byte[] jpeg, byte marker)
    {
        for (var i = 2; i < jpeg.Length - 1; i++)
        {
            if (jpeg[i] == 0xFF && jpeg[i + 1] == marker)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"marker FF{marker:X2} not found");
    }

    private InvalidImageException DecodeError(byte[] data) =>
        Assert.Throws<InvalidImageException>(() => _decoder.Decode(data))!;
}
