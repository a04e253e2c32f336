using System.Buffers.Binary;
using System.Net;
using System.Text;
using FaceRecognition.IntegrationTests.Support;
using FaceRecognition.TestSupport;

namespace FaceRecognition.IntegrationTests.Faces;

/// <summary>Whatever a client sends, the answer is a 4xx problem a person can act on, and the service keeps working.</summary>
[TestFixture]
public sealed class BadInputTests : ServiceFixture
{
    public static IEnumerable<TestCaseData> BadImages()
    {
        var jpeg = SampleFacePhotos.All[0].Portrait();
        yield return new TestCaseData(Array.Empty<byte>(), HttpStatusCode.BadRequest, "empty").SetName("ZeroBytes_GiveBadRequest");
        yield return new TestCaseData(Encoding.UTF8.GetBytes("hello, this is a text file\n"), HttpStatusCode.UnsupportedMediaType, "JPEG").SetName("TextFile_GivesUnsupportedMediaType");
        yield return new TestCaseData(jpeg[..(jpeg.Length / 2)], HttpStatusCode.BadRequest, "image").SetName("TruncatedJpeg_GivesBadRequest");
        yield return new TestCaseData(PngHeaderClaiming(60000, 60000), HttpStatusCode.RequestEntityTooLarge, "60000").SetName("PngClaiming60000x60000_GivesPayloadTooLarge");
        yield return new TestCaseData(CorruptWebP(), HttpStatusCode.BadRequest, "image").SetName("CorruptWebP_GivesBadRequest");
        yield return new TestCaseData(Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n"), HttpStatusCode.UnsupportedMediaType, "JPEG").SetName("PdfRenamedJpg_GivesUnsupportedMediaType");
        yield return new TestCaseData(RandomBytes(5000), HttpStatusCode.UnsupportedMediaType, "JPEG, PNG, WebP, BMP, GIF or TIFF").SetName("RandomBytes_GiveUnsupportedMediaType");
        yield return new TestCaseData(JpegSignatureThenRandomBytes(), HttpStatusCode.BadRequest, "JPEG").SetName("RandomBytesAfterAJpegSignature_GiveBadRequest");
        yield return new TestCaseData(HeicHeader(), HttpStatusCode.UnsupportedMediaType, "HEIC").SetName("Heic_GivesUnsupportedMediaType_NamingTheAcceptedFormats");
        yield return new TestCaseData(GreyPngBomb(7000, 6000), HttpStatusCode.RequestEntityTooLarge, "7000x6000").SetName("RealDecompressionBomb42Megapixels_GivesPayloadTooLarge");
        yield return new TestCaseData(TiffClaiming(50000, 50000), HttpStatusCode.RequestEntityTooLarge, "50000").SetName("TiffClaiming50000x50000_GivesPayloadTooLarge");
    }

    [TestCaseSource(nameof(BadImages))]
    public async Task BadImage_GetsAnActionableProblem_AndTheNextGoodRequestWorks(byte[] bytes, HttpStatusCode expected, string detailMentions)
    {
        using (var form = Multipart.Form(("image", bytes)))
        using (var response = await PostAsync("/api/v1/detect", form))
        {
            var problem = await ProblemAssert.IsProblemAsync(response, expected);
            var text = problem.ToString();
            Assert.That(text, Does.Contain(detailMentions).IgnoreCase);
            Assert.That(text, Does.Contain("image"), "the problem names the field");
        }

        await AssertDetectStillWorksAsync();
    }

    [Test]
    public async Task EmptyBody_GetsAProblem_NotAServerError()
    {
        using var content = new ByteArrayContent([]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("multipart/form-data");
        using var response = await Client.PostAsync(new Uri("/api/v1/detect", UriKind.Relative), content);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        TestContext.Out.WriteLine(problem.ToString());
        await AssertDetectStillWorksAsync();
    }

    [Test]
    public async Task RotatedExifJpeg_IsTurnedUpright_BeforeDetection()
    {
        var portrait = Decode(SampleFacePhotos.All[0].Portrait());
        var storedSideways = TestImageFiles.Jpeg(Engine.PixelTransforms.RotateClockwise(portrait), 92);

        var upright = await DetectAsync(Engine.ExifJpeg.WithOrientation(storedSideways, 8));
        var sideways = await DetectAsync(storedSideways);

        Assert.Multiple(() =>
        {
            Assert.That((upright.Width, upright.Height), Is.EqualTo((portrait.Width, portrait.Height)));
            Assert.That(upright.Faces, Is.EqualTo(1), "the upright face is found");
            Assert.That((sideways.Width, sideways.Height), Is.EqualTo((portrait.Height, portrait.Width)), "without the tag the file is read as stored");
        });
    }

    [Test]
    public async Task TiffPortrait_IsDecoded_AndItsFaceFound()
    {
        var result = await DetectAsync(TestImageFiles.Tiff(Decode(SampleFacePhotos.All[0].Portrait())));

        Assert.That(result.Faces, Is.EqualTo(1));
    }

    [Test]
    public async Task AnimatedWebP_IsReadAtItsFirstFrame()
    {
        var portrait = Decode(SampleFacePhotos.All[0].Portrait());
        var grey = new Domain.Imaging.RgbImage(portrait.Width, portrait.Height, Enumerable.Repeat((byte)128, portrait.Pixels.Length).ToArray());
        var animated = AnimatedImageFiles.WebP(portrait.Width, portrait.Height, TestImageFiles.WebPLossy(portrait, 90), TestImageFiles.WebPLossy(grey, 90));

        var faceFirst = await DetectAsync(animated);
        var greyFirst = await DetectAsync(AnimatedImageFiles.WebP(portrait.Width, portrait.Height, TestImageFiles.WebPLossy(grey, 90), TestImageFiles.WebPLossy(portrait, 90)));

        Assert.Multiple(() =>
        {
            Assert.That(faceFirst.Faces, Is.EqualTo(1));
            Assert.That(greyFirst.Faces, Is.Zero);
        });
    }

    [Test]
    public async Task AnimatedGif_IsReadAtItsFirstFrame()
    {
        byte[][] palette = [[255, 0, 0], [0, 0, 255], [255, 255, 255], [0, 0, 0]];
        var red = Enumerable.Repeat(Enumerable.Repeat((byte)0, 64).ToArray(), 48).ToArray();
        var blue = Enumerable.Repeat(Enumerable.Repeat((byte)1, 64).ToArray(), 48).ToArray();

        var result = await DetectAsync(AnimatedImageFiles.Gif(palette, [red, blue]));

        Assert.That((result.Width, result.Height, result.Faces), Is.EqualTo((64, 48, 0)));
    }

    [Test]
    public async Task MissingField_GetsValidationProblem()
    {
        using var form = Multipart.Form(("actions", "age"));
        using var response = await PostAsync("/api/v1/analyze", form);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").GetProperty("image")[0].GetString(), Does.Contain("multipart/form-data field 'image'"));
    }

    [Test]
    public async Task WrongFieldName_GetsValidationProblem_NamingTheExpectedField()
    {
        using var form = Multipart.Form(("file", SampleFacePhotos.All[0].Portrait()));
        using var response = await PostAsync("/api/v1/anti-spoof", form);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").GetProperty("image")[0].GetString(), Does.Contain("'image'"));
    }

    [Test]
    public async Task PhotoWithoutAFace_GetsUnprocessableEntity()
    {
        var blank = TestSupport.TestImageFiles.Jpeg(
            new Domain.Imaging.RgbImage(320, 240, Enumerable.Repeat((byte)128, 320 * 240 * 3).ToArray()), 90);
        using var form = Multipart.Form(("reference_image", blank), ("live_image", SampleFacePhotos.All[0].Portrait()));
        using var response = await PostAsync("/api/v1/compare", form);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("No face detected in 'reference_image'"));
    }

    [Test]
    public async Task UnknownAnalyzeAction_GetsValidationProblem()
    {
        using var form = Multipart.Form(("image", SampleFacePhotos.All[0].Portrait()), ("actions", "age,horoscope"));
        using var response = await PostAsync("/api/v1/analyze", form);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").GetProperty("actions")[0].GetString(), Does.Contain("horoscope"));
    }

    private async Task AssertDetectStillWorksAsync()
    {
        using var form = Multipart.Form(("image", SampleFacePhotos.All[0].Portrait()));
        using var response = await PostAsync("/api/v1/detect", form);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    private static Domain.Imaging.RgbImage Decode(byte[] file) => TestEngine.Decode(file);

    private async Task<(int Width, int Height, int Faces)> DetectAsync(byte[] image)
    {
        using var form = Multipart.Form(("image", image));
        using var response = await PostAsync("/api/v1/detect", form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        var json = System.Text.Json.JsonDocument.Parse(body).RootElement;
        return (json.GetProperty("image_width").GetInt32(), json.GetProperty("image_height").GetInt32(), json.GetProperty("faces").GetArrayLength());
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(20261129).NextBytes(bytes);
        bytes[0] = 0x00; // no accepted format's signature starts with a zero byte
        return bytes;
    }

    private static byte[] JpegSignatureThenRandomBytes() => [0xFF, 0xD8, 0xFF, .. RandomBytes(5000)];

    // The start of an ISO-BMFF file with the HEIC brand, as a phone writes it.
    private static byte[] HeicHeader() => [0, 0, 0, 24, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8, .. new byte[64]];

    /// <summary>A real PNG of flat grey pixels: 42 megapixels, about 40 KB on the wire.</summary>
    private static byte[] GreyPngBomb(int width, int height)
    {
        using var grey = new OpenCvSharp.Mat(height, width, OpenCvSharp.MatType.CV_8UC1, OpenCvSharp.Scalar.All(128));
        return TestImageFiles.EncodeBgr(".png", grey, (int)OpenCvSharp.ImwriteFlags.PngCompression, 9);
    }

    // A little-endian TIFF header whose first directory claims width x height (SHORT... LONG values), nothing else.
    private static byte[] TiffClaiming(int width, int height)
    {
        var tiff = new byte[8 + 2 + (2 * 12) + 4];
        "II"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(8), 2);
        foreach (var (entry, tag, value) in new[] { (10, 256, width), (22, 257, height) })
        {
            BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(entry), (ushort)tag);
            BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(entry + 2), 4);
            BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(entry + 4), 1);
            BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(entry + 8), (uint)value);
        }

        return tiff;
    }

    // A valid PNG signature and IHDR chunk that claims a 3.6-gigapixel image; nothing follows.
    private static byte[] PngHeaderClaiming(int width, int height)
    {
        var png = new byte[8 + 25];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(png, 0);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(8), 13);
        Encoding.ASCII.GetBytes("IHDR").CopyTo(png, 12);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        png[24] = 8; // bit depth
        png[25] = 2; // colour type RGB
        return png;
    }

    // Seeded, and starting with a byte no accepted format starts with, so the format check is what refuses it.
    private static byte[] CorruptWebP()
    {
        var junk = new byte[200];
        new Random(7).NextBytes(junk);
        Encoding.ASCII.GetBytes("RIFF").CopyTo(junk, 0);
        BinaryPrimitives.WriteInt32LittleEndian(junk.AsSpan(4), junk.Length - 8);
        Encoding.ASCII.GetBytes("WEBPVP8 ").CopyTo(junk, 8);
        return junk;
    }
}
