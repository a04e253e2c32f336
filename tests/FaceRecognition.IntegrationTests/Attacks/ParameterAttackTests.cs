using System.Net;
using FaceRecognition.IntegrationTests.Support;

namespace FaceRecognition.IntegrationTests.Attacks;

/// <summary>
/// Numbers are read strictly (decimal digits, invariant culture): what the framework's converters would take as
/// something else (0x10 as 16, 1e309 as Infinity) is refused with a 400 problem naming the field as the API names it.
/// </summary>
[TestFixture]
public sealed class ParameterAttackTests
{
    // Not an image: a request whose numbers pass gets a 415 for the photo, so 400 can only come from the numbers.
    private static readonly byte[] NotAnImage = [1, 2, 3, 4];

    [TearDown]
    public Task ServiceKeepsServing() => AttackServer.AssertStillServingAsync();

    [TestCase("NaN")]
    [TestCase("Infinity")]
    [TestCase("-Infinity")]
    [TestCase("1e309")]
    [TestCase("0x10")]
    [TestCase("1,000")]
    [TestCase("")]
    [TestCase(" 5")]
    [TestCase("5.0")]
    [TestCase("1e1")]
    [TestCase("٥")]
    [TestCase("99999999999")]
    [TestCase("-1")]
    [TestCase("0")]
    [TestCase("51")]
    public async Task Match_RefusesTopK(string topK)
    {
        var problem = await PostMatchAsync(HttpStatusCode.BadRequest, ("top_k", topK));
        var message = problem.GetProperty("errors").GetProperty("top_k")[0].GetString();
        Assert.That(message, Does.Contain("'top_k'"));
        Assert.That(problem.ToString(), Does.Not.Contain("TopK"));
    }

    [TestCase("NaN")]
    [TestCase("Infinity")]
    [TestCase("-Infinity")]
    [TestCase("∞")]
    [TestCase("1e309")]
    [TestCase("-1e309")]
    [TestCase("0x1")]
    [TestCase("0,5")]
    [TestCase("")]
    [TestCase("1.5")]
    [TestCase("-2")]
    public async Task Match_RefusesThreshold(string threshold)
    {
        var problem = await PostMatchAsync(HttpStatusCode.BadRequest, ("threshold", threshold));
        Assert.That(problem.GetProperty("errors").GetProperty("threshold")[0].GetString(), Does.Contain("'threshold'"));
    }

    [TestCase("top_k", "3")]
    [TestCase("top_k", "+3")]
    [TestCase("threshold", "0.5")]
    [TestCase("threshold", "-0.25")]
    [TestCase("threshold", "5e-1")]
    public async Task Match_AcceptsPlainNumbers(string field, string value) =>
        await PostMatchAsync(HttpStatusCode.UnsupportedMediaType, (field, value));

    [Test]
    public async Task Verify_RefusesThresholdThatOverflowsToInfinity()
    {
        using var form = Multipart.Form(("image", NotAnImage), ("threshold", "1e309"));
        using var response = await AttackServer.Client.PostAsync(
            new Uri($"/api/v1/galleries/{AttackServer.Gallery}/subjects/{AttackServer.Victim}/verify", UriKind.Relative), form);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty("threshold", out _), Is.True);
    }

    [Test]
    public async Task DeleteFace_RefusesFaceIdThatIsNeitherAUuidNorADecimalNumber()
    {
        using var response = await AttackServer.Client.DeleteAsync(
            new Uri($"/api/v1/galleries/{AttackServer.Gallery}/subjects/{AttackServer.Victim}/faces/0x1", UriKind.Relative));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty("faceId", out _), Is.True);
    }

    private static async Task<System.Text.Json.JsonElement> PostMatchAsync(HttpStatusCode expected, (string Field, object Value) parameter)
    {
        using var form = Multipart.Form(("image", NotAnImage), parameter);
        using var response = await AttackServer.Client.PostAsync(new Uri($"/api/v1/galleries/{AttackServer.Gallery}/match", UriKind.Relative), form);
        return await ProblemAssert.IsProblemAsync(response, expected);
    }
}
