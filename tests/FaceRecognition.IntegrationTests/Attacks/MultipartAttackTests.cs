using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FaceRecognition.IntegrationTests.Support;

namespace FaceRecognition.IntegrationTests.Attacks;

/// <summary>Broken, huge, repeated or mislabelled multipart bodies: a 4xx problem each, never a 5xx.</summary>
[TestFixture]
public sealed class MultipartAttackTests
{
    private static Uri EnrollPath => new($"/api/v1/galleries/{AttackServer.Gallery}/subjects/mallory/faces", UriKind.Relative);

    private static Uri DetectPath => new("/api/v1/detect", UriKind.Relative);

    [TearDown]
    public Task ServiceKeepsServing() => AttackServer.AssertStillServingAsync();

    [TestCase(0, "Send 1 or more photos")]
    [TestCase(100, "At most 4 images")]
    [TestCase(10_000, "Form value count limit")]
    public async Task Enroll_WithManyOrNoFiles_GetsBadRequest(int files, string reason)
    {
        // Written by hand with short part headers, so 10,000 files stay under the body limit (that is another test).
        var body = new StringBuilder("--b\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nMallory\r\n");
        for (var i = 0; i < files; i++)
        {
            body.Append(CultureInfo.InvariantCulture, $"--b\r\nContent-Disposition: form-data; name=\"images\"; filename=\"{i}\"\r\n\r\n\u00ff\u00d8\u00ff\r\n");
        }

        using var form = new ByteArrayContent(Encoding.Latin1.GetBytes(body.Append("--b--\r\n").ToString()));
        form.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=b");
        Assert.That(form.Headers.ContentLength, Is.LessThan(AttackServer.MaxRequestBytes));
        using var response = await AttackServer.Client.PostAsync(EnrollPath, form);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.ToString(), Does.Contain(reason));
    }

    public static IEnumerable<TestCaseData> BrokenBodies()
    {
        const string part = "--abc\r\nContent-Disposition: form-data; name=\"image\"; filename=\"a.jpg\"\r\n\r\n\u00ff\u00d8\u00ff\r\n";
        yield return new TestCaseData("multipart/form-data", part + "--abc--\r\n", "boundary").SetName("MissingBoundary");
        yield return new TestCaseData("multipart/form-data; boundary=xyz", part + "--abc--\r\n", "could not be read").SetName("WrongBoundary");
        yield return new TestCaseData("multipart/form-data; boundary=abc", part, "could not be read").SetName("NoClosingBoundary");
        yield return new TestCaseData("multipart/form-data; boundary=abc", "--abc\r\nContent-Disposition: form-data; name=\"image\"; filename=\"a.jpg\"\r\n", "could not be read").SetName("TruncatedInPartHeaders");
        yield return new TestCaseData($"multipart/form-data; boundary={new string('b', 100)}", part, "boundary").SetName("BoundaryOver70Characters");
        yield return new TestCaseData("multipart/form-data; boundary=abc", string.Empty, "field 'image'").SetName("EmptyBody");
    }

    [TestCaseSource(nameof(BrokenBodies))]
    public async Task BrokenMultipartBody_GetsMalformedFormProblem(string contentType, string body, string reason)
    {
        using var content = new ByteArrayContent(Encoding.Latin1.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var response = await AttackServer.Client.PostAsync(DetectPath, content);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.ToString(), Does.Contain(reason));
    }

    [TestCase("text/plain")]
    [TestCase("application/json")]
    [TestCase("application/x-www-form-urlencoded")]
    [TestCase("image/jpeg")]
    public async Task Detect_WithANonMultipartContentType_GetsUnsupportedMediaType(string contentType)
    {
        using var content = new ByteArrayContent([0xFF, 0xD8, 0xFF]);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        using var response = await AttackServer.Client.PostAsync(DetectPath, content);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task CreateGallery_WithMultipartInsteadOfJson_GetsUnsupportedMediaType()
    {
        using var form = Multipart.Form(("name", "sneaky"));
        using var response = await AttackServer.Client.PostAsync(new Uri("/api/v1/galleries", UriKind.Relative), form);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task FilePartLabelledAsJpeg_ThatIsText_GetsUnsupportedMediaType()
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("<?php system($_GET['c']); ?>"));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "image", "photo.jpg");
        using var response = await AttackServer.Client.PostAsync(DetectPath, form);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [TestCase("/api/v1/detect", "image", "image")]
    [TestCase("/api/v1/galleries/target/match", "image", "top_k")]
    [TestCase("/api/v1/galleries/target/subjects/mallory/faces", "images", "name")]
    public async Task FieldSentTwice_WhereTheEndpointTakesOne_GetsBadRequest(string path, string imageField, string repeated)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent([0xFF, 0xD8, 0xFF]), imageField, "a.jpg");
        if (repeated == imageField)
        {
            form.Add(new ByteArrayContent([0xFF, 0xD8, 0xFF]), imageField, "b.jpg");
        }
        else
        {
            form.Add(new StringContent("1"), repeated);
            form.Add(new StringContent("2"), repeated);
        }

        using var response = await AttackServer.Client.PostAsync(new Uri(path, UriKind.Relative), form);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").GetProperty(repeated)[0].GetString(), Does.Contain("sent 2 times"));
    }

    [TestCase("file")]
    [TestCase("Image ")]
    [TestCase("images")]
    public async Task WrongFieldName_GetsValidationProblem_NamingTheExpectedField(string field)
    {
        using var form = Multipart.Form((field, new byte[] { 0xFF, 0xD8, 0xFF }));
        using var response = await AttackServer.Client.PostAsync(DetectPath, form);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").GetProperty("image")[0].GetString(), Does.Contain("'image'"));
    }

    [TestCase("/api/v1/detect", "multipart/form-data; boundary=abc")]
    [TestCase("/api/v1/galleries", "application/json")]
    public async Task ChunkedBodyOverTheRequestLimit_GetsPayloadTooLarge(string path, string contentType)
    {
        // No Content-Length: the size is only known while reading, so the declared-length guard cannot see it.
        var body = contentType.StartsWith("multipart", StringComparison.Ordinal)
            ? [.. "--abc\r\nContent-Disposition: form-data; name=\"image\"; filename=\"a.jpg\"\r\n\r\n"u8, .. new byte[AttackServer.MaxRequestBytes * 2], .. "\r\n--abc--\r\n"u8]
            : Encoding.ASCII.GetBytes($"{{\"name\": \"{new string('a', AttackServer.MaxRequestBytes * 2)}\"}}");
        using var content = new StreamContent(new MemoryStream(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using var response = await AttackServer.Client.SendAsync(request);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("larger than this service accepts"));
    }
}
