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
    public async Task MissingApiKey_ReturnsUnauthorizedProblem()
    {
        using var anonymous = Service.CreateClient();
        using var response = await anonymous.GetAsync(new Uri("/api/v1/galleries", UriKind.Relative));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("X-Api-Key"));
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
