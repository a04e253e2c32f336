using System.Net;
using System.Net.Http.Json;
using FaceRecognition.Application.Common.Validation;
using FaceRecognition.IntegrationTests.Galleries;
using FaceRecognition.IntegrationTests.Support;

namespace FaceRecognition.IntegrationTests.Attacks;

/// <summary>
/// Hostile gallery names, subject ids, display names and usernames: each is refused with a 400 problem naming the
/// field, nothing is created, and nothing is answered with a 5xx (a name used to reach the Location header).
/// </summary>
[TestFixture]
public sealed class NameAttackTests
{
    public static IEnumerable<TestCaseData> HostileNames()
    {
        yield return new TestCaseData(".").SetName("{m}(Dot)");
        yield return new TestCaseData("..").SetName("{m}(DotDot)");
        foreach (var name in HostilePathNames())
        {
            yield return name;
        }
    }

    /// <summary>
    /// The hostile names that can be sent as a path segment through HttpClient: it resolves "." and ".." itself (so
    /// "…/subjects/.." would really be sent as a request for the gallery); RequestTargetAttackTests sends those raw.
    /// </summary>
    public static IEnumerable<TestCaseData> HostilePathNames()
    {
        yield return new TestCaseData("evil\n").SetName("{m}(TrailingNewline)");
        yield return new TestCaseData("target\n").SetName("{m}(ExistingNameWithTrailingNewline)");
        yield return new TestCaseData("evil\r\nX-Injected: 1").SetName("{m}(HeaderInjection)");
        yield return new TestCaseData("%2e%2e").SetName("{m}(EncodedDotDot)");
        yield return new TestCaseData("evil%00").SetName("{m}(EncodedNul)");
        yield return new TestCaseData("evil\0").SetName("{m}(Nul)");
        yield return new TestCaseData("ｔａｒｇｅｔ").SetName("{m}(FullwidthLookAlike)");
        yield return new TestCaseData("tаrget").SetName("{m}(CyrillicLookAlike)");
        yield return new TestCaseData("target\u200B").SetName("{m}(ZeroWidthSpace)");
        yield return new TestCaseData(new string('a', 10_000)).SetName("{m}(TenThousandCharacters)");
        yield return new TestCaseData("x'; DROP TABLE galleries;--").SetName("{m}(SqlDropTable)");
        yield return new TestCaseData("\" OR \"1\"=\"1").SetName("{m}(SqlTautology)");
    }

    [TearDown]
    public Task ServiceKeepsServing() => AttackServer.AssertStillServingAsync();

    [TestCaseSource(nameof(HostileNames))]
    public async Task CreateGallery_RefusesHostileName_AndCreatesNothing(string name)
    {
        using var response = await AttackServer.Client.PostAsJsonAsync(new Uri("/api/v1/galleries", UriKind.Relative), new { name });
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").GetProperty("name")[0].GetString(), Does.Contain("ASCII letters"));

        var galleries = await new GalleryApi(AttackServer.Client).GetAsync("/api/v1/galleries");
        Assert.That(galleries.EnumerateArray().Select(g => g.GetProperty("name").GetString()), Does.Not.Contain(name));
    }

    [TestCaseSource(nameof(HostilePathNames))]
    public async Task Enroll_RefusesHostileSubjectId_InThePath(string subjectId)
    {
        using var form = Multipart.Form(("name", "Mallory"), ("images", SampleFacePhotos.All[0].Portrait()));
        using var response = await AttackServer.Client.PostAsync(Path($"/api/v1/galleries/{AttackServer.Gallery}/subjects/{Escape(subjectId)}/faces"), form);
        await AssertRefusedAsync(response, subjectId, "subjectId");
    }

    [TestCaseSource(nameof(HostilePathNames))]
    public async Task DeleteSubject_RefusesHostileSubjectId_AndTheVictimStays(string subjectId)
    {
        using var response = await AttackServer.Client.DeleteAsync(Path($"/api/v1/galleries/{AttackServer.Gallery}/subjects/{Escape(subjectId)}"));
        await AssertRefusedAsync(response, subjectId, "subjectId");
    }

    [TestCaseSource(nameof(HostilePathNames))]
    public async Task DeleteGallery_RefusesHostileGalleryName(string gallery)
    {
        using var response = await AttackServer.Client.DeleteAsync(Path($"/api/v1/galleries/{Escape(gallery)}"));
        await AssertRefusedAsync(response, gallery, "gallery");
    }

    [TestCase("Mallory\nBob")]
    [TestCase("Mallory\u202Eyrollam")]
    [TestCase("Mall\u0000ory")]
    public async Task Enroll_RefusesDisplayNameWithControlOrInvisibleCharacters(string name)
    {
        using var form = Multipart.Form(("name", name), ("images", new byte[] { 1, 2, 3 }));
        using var response = await AttackServer.Client.PostAsync(Path($"/api/v1/galleries/{AttackServer.Gallery}/subjects/mallory/faces"), form);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").GetProperty("name")[0].GetString(), Does.Contain("control characters"));
    }

    [TestCase("mallory\n")]
    [TestCase("mаllory")]
    [TestCase("ｍａｌｌｏｒｙ")]
    [TestCase("mallory'--")]
    public async Task SignUp_RefusesHostileUsername(string username)
    {
        using var anonymous = new HttpClient { BaseAddress = AttackServer.BaseAddress };
        using var form = Multipart.Form(("username", username), ("email", "m@example.com"), ("password", "password123"), ("face", new byte[] { 1, 2, 3 }));
        using var response = await anonymous.PostAsync(Path("/api/v1/auth/signup"), form);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty("username", out _), Is.True, problem.ToString());
    }

    private static Uri Path(string path) => new(path, UriKind.Relative);

    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    // In a path, a name can be stopped before the validator: a target over 2048 characters is a 414 problem, an
    // encoded control or invisible character is refused before routing (a 400 problem), and an encoded NUL is refused
    // by Kestrel itself with a bare 400 (README "Errors").
    private static async Task AssertRefusedAsync(HttpResponseMessage response, string name, string field)
    {
        if (name.Contains('\0', StringComparison.Ordinal))
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            return;
        }

        if (response.RequestMessage!.RequestUri!.PathAndQuery.Length > 2048)
        {
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestUriTooLong);
            return;
        }

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        if (TextRules.HasControlOrInvisibleCharacters(name))
        {
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("control character"));
            return;
        }

        Assert.That(problem.GetProperty("errors").GetProperty(field)[0].GetString(), Does.Contain("ASCII letters"), problem.ToString());
    }
}
