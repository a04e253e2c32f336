using System.Buffers.Binary;
using System.Net;
using System.Text;
using FaceRecognition.IntegrationTests.Support;

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
        yield return new TestCaseData(RandomBytes(4096), HttpStatusCode.UnsupportedMediaType, "JPEG").SetName("RandomBytes_GiveUnsupportedMediaType");
        yield return new TestCaseData(jpeg[..(jpeg.Length / 2)], HttpStatusCode.BadRequest, "image").SetName("TruncatedJpeg_GivesBadRequest");
        yield return new TestCaseData(PngHeaderClaiming(60000, 60000), HttpStatusCode.RequestEntityTooLarge, "60000").SetName("PngClaiming60000x60000_GivesPayloadTooLarge");
        yield return new TestCaseData(CorruptWebP(), HttpStatusCode.BadRequest, "image").SetName("CorruptWebP_GivesBadRequest");
        yield return new TestCaseData(Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n"), HttpStatusCode.UnsupportedMediaType, "JPEG").SetName("PdfRenamedJpg_GivesUnsupportedMediaType");
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
        var blank = Infrastructure.Imaging.Encoding.JpegEncoder.Encode(
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
    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(42).NextBytes(bytes);
        bytes[0] = 0x00;
        return bytes;
    }

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
