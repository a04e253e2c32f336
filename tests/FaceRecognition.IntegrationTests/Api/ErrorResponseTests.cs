using System.Net;
using System.Net.Http.Json;
using FaceRecognition.IntegrationTests.Support;

namespace FaceRecognition.IntegrationTests.Api;

[TestFixture]
public sealed class ErrorResponseTests : ServiceFixture
{
    [Test]
    public async Task UnknownPath_ReturnsNotFoundProblem()
    {
        using var response = await Client.GetAsync(new Uri("/api/v1/no-such-thing", UriKind.Relative));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("/docs"));
    }

    [Test]
    public async Task WrongMethod_ReturnsMethodNotAllowedProblem()
    {
        using var response = await Client.GetAsync(new Uri("/api/v1/compare", UriKind.Relative));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }

    [Test]
    public async Task InvalidGalleryName_ReturnsValidationProblem_WithPerFieldErrors()
    {
        using var response = await Client.PostAsJsonAsync(new Uri("/api/v1/galleries", UriKind.Relative), new { name = "not a valid name!" });
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.That(errors.GetProperty("name")[0].GetString(), Does.Contain("letters, digits"));
    }

    [Test]
    public async Task MissingImageFields_ReturnValidationProblem_NamingEachField()
    {
        using var form = Multipart.Form(("reference", new byte[] { 1, 2, 3 }), ("live", new byte[] { 1, 2, 3 }));
        using var response = await Client.PostAsync(new Uri("/api/v1/compare", UriKind.Relative), form);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.That(errors.GetProperty("reference_image")[0].GetString(), Does.Contain("'reference_image' field is required"));
        Assert.That(errors.GetProperty("live_image")[0].GetString(), Does.Contain("'live_image' field is required"));
    }

    [Test]
    public async Task MissingApiKey_ReturnsUnauthorizedProblem_LikeEveryOtherProblem()
    {
        using var anonymous = Service.CreateClient();
        using var response = await anonymous.GetAsync(new Uri("/api/v1/galleries", UriKind.Relative));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("X-Api-Key"));
        Assert.That(problem.GetProperty("type").GetString(), Does.Contain("rfc9110#section-15.5.2"));
        Assert.That(problem.GetProperty("instance").GetString(), Is.EqualTo("/api/v1/galleries"));
    }

    [Test]
    public async Task Problem_CarriesTheClientsCorrelationId()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/no-such-thing", UriKind.Relative));
        request.Headers.Add("X-Correlation-Id", "client-chosen-42");
        using var response = await Client.SendAsync(request);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.That(problem.GetProperty("correlationId").GetString(), Is.EqualTo("client-chosen-42"));
    }

    [TestCase("text/html")]
    [TestCase("application/xml")]
    public async Task Problem_IsProblemJson_WhateverTheClientAccepts(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/no-such-thing", UriKind.Relative));
        request.Headers.Accept.ParseAdd(accept);
        using var response = await Client.SendAsync(request);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [TestCase("abc")]
    [TestCase("0x10")]
    public async Task NonDecimalTopK_IsAProblem_NamingTheFieldAsTheApiDoes(string topK)
    {
        using var form = Multipart.Form(("image", new byte[] { 0xFF, 0xD8, 0xFF }), ("top_k", topK));
        using var response = await Client.PostAsync(new Uri("/api/v1/galleries/default/match", UriKind.Relative), form);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").GetProperty("top_k")[0].GetString(), Does.Contain("'top_k' must be a whole number"));
        Assert.That(problem.ToString(), Does.Not.Contain("TopK"));
    }

    [TestCase("{\"name\": ", "name")]
    [TestCase("{\"name\": 5}", "name")]
    [TestCase("[1, 2]", "body")]
    [TestCase("not json", "body")]
    [TestCase("", "body")]
    [TestCase("null", "body")]
    [TestCase("\"team\"", "body")]
    public async Task MalformedJsonBody_IsAProblem_NamingJsonFieldsNotCSharpTypes(string json, string field)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync(new Uri("/api/v1/galleries", UriKind.Relative), content);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { field }));
        Assert.That(problem.ToString(), Does.Not.Contain("Controller").And.Not.Contain("CreateGalleryRequest").And.Not.Contain("request field"));
    }

    [Test]
    public async Task MultipartWithoutBoundary_IsAProblem()
    {
        using var content = new ByteArrayContent([1, 2, 3]);
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data");
        using var response = await Client.PostAsync(new Uri("/api/v1/detect", UriKind.Relative), content);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("boundary"));
    }

    [Test]
    public async Task CreateGallery_NameWithTrailingNewline_IsRefused_NotCreatedThen500()
    {
        using var response = await Client.PostAsJsonAsync(new Uri("/api/v1/galleries", UriKind.Relative), new { name = "evil\n" });
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        using var retry = await Client.PostAsJsonAsync(new Uri("/api/v1/galleries", UriKind.Relative), new { name = "evil" });
        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.Created), "nothing was committed under the refused name");
        Assert.That(retry.Headers.Location?.OriginalString, Is.EqualTo("/api/v1/galleries/evil/subjects"));
    }

    [Test]
    public async Task WrongApiKey_ReturnsUnauthorizedProblem()
    {
        using var client = Service.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "wrong-key-wrong-key");
        using var response = await client.GetAsync(new Uri("/api/v1/galleries", UriKind.Relative));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task NonMultipartBody_ReturnsUnsupportedMediaTypeProblem()
    {
        using var response = await Client.PostAsJsonAsync(new Uri("/api/v1/detect", UriKind.Relative), new { image = "x" });
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [TestCase("match")]
    [TestCase("subjects/someone/verify")]
    public async Task ThresholdOutsideCosineRange_ReturnsValidationProblem(string endpoint)
    {
        using var form = Multipart.Form(("image", new byte[] { 0xFF, 0xD8, 0xFF }), ("threshold", "2"));
        using var response = await Client.PostAsync(new Uri($"/api/v1/galleries/default/{endpoint}", UriKind.Relative), form);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").GetProperty("threshold")[0].GetString(), Does.Contain("between -1 and 1"));
    }
}
