using System.Net;
using FaceRecognition.IntegrationTests.Support;

namespace FaceRecognition.IntegrationTests.Api;

[TestFixture]
public sealed class UploadLimitTests : ServiceFixture
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Api:MaxFileBytes"] = "2048",
        ["Api:MaxRequestBytes"] = "8192",
    };

    [Test]
    public async Task BodyOverRequestLimit_ReturnsPayloadTooLargeProblem()
    {
        using var form = Multipart.Form(("image", new byte[20_000]));
        using var response = await Client.PostAsync(new Uri("/api/v1/detect", UriKind.Relative), form);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("limit"));
    }

    [Test]
    public async Task FileOverPerFileLimit_ReturnsPayloadTooLargeProblem_NamingTheField()
    {
        using var form = Multipart.Form(("image", new byte[4096]));
        using var response = await Client.PostAsync(new Uri("/api/v1/detect", UriKind.Relative), form);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("'image'"));
    }

    [Test]
    public async Task ServiceAnswersNormally_AfterRefusingOversizeUploads()
    {
        using var form = Multipart.Form(("image", new byte[20_000]));
        using (await Client.PostAsync(new Uri("/api/v1/detect", UriKind.Relative), form))
        {
        }

        using var response = await Client.GetAsync(new Uri("/health/live", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
