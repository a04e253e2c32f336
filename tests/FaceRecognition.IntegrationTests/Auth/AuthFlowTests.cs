using System.Net;
using System.Text.Json;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Infrastructure.Persistence;
using FaceRecognition.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FaceRecognition.IntegrationTests.Auth;

/// <summary>
/// Face sign-in end to end: the real service with real models, the real photos and a real database, called without
/// an API key as a sign-in page would. Runs on both storage providers.
/// </summary>
[TestFixture(StorageProvider.Sqlite)]
[TestFixture(StorageProvider.MySql)]
public sealed class AuthFlowTests(StorageProvider provider)
{
    private const string Password = "correct horse 42";
    private static readonly string[] SignUpFields = ["username", "email", "password", "face"];
    private TestService _service = null!;
    private AuthApi _api = null!;
    private HttpClient _client = null!;
    private AuthPhotos _photos = null!;

    [OneTimeSetUp]
    public async Task StartService()
    {
        _service = new TestService(await AuthStorage.SettingsAsync(provider));
        _client = _service.CreateClient();
        _api = new AuthApi(_client);
        _photos = AuthPhotos.Create(
            _service.Services.GetRequiredService<IImageDecoder>(),
            _service.Services.GetRequiredService<IFaceDetector>(),
            sample: 1);
    }

    [OneTimeTearDown]
    public async Task StopService()
    {
        _client.Dispose();
        await _service.DisposeAsync();
    }

    private static string NewUsername() => "user-" + Guid.NewGuid().ToString("N")[..12];

    private async Task<(string Username, string Token)> SignUpOwnerAsync()
    {
        var username = NewUsername();
        using var response = await _api.SignUpAsync(username, $"{username}@example.com", Password, _photos.GroupPhoto);
        return (username, await AuthJson.TokenAsync(response, HttpStatusCode.Created));
    }

    [Test]
    public async Task SignUp_Me_LogOut_Me_EndsWithUnauthorized()
    {
        var username = NewUsername();
        using var signUp = await _api.SignUpAsync(username.ToUpperInvariant(), $"{username}@Example.com", Password, _photos.GroupPhoto);
        var token = await AuthJson.TokenAsync(signUp, HttpStatusCode.Created);

        using var me = await _api.MeAsync(token);
        var meBody = await me.Content.ReadAsStringAsync();
        Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK), meBody);
        var account = JsonDocument.Parse(meBody).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(account.GetProperty("username").GetString(), Is.EqualTo(username));
            Assert.That(account.GetProperty("email").GetString(), Is.EqualTo($"{username}@example.com"));
            Assert.That(account.GetProperty("created_at").GetDateTimeOffset(), Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(2)));
        });

        using var logOut = await _api.LogOutAsync(token);
        var logOutBody = await logOut.Content.ReadAsStringAsync();
        Assert.That(logOut.StatusCode, Is.EqualTo(HttpStatusCode.OK), logOutBody);
        Assert.That(JsonDocument.Parse(logOutBody).RootElement.GetProperty("msg").GetString(), Is.EqualTo("Logged out"));

        using var meAgain = await _api.MeAsync(token);
        await ProblemAssert.IsProblemAsync(meAgain, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Me_ReturnsUnauthorizedProblem_WithoutToken()
    {
        using var response = await _api.MeAsync(token: null);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("Authorization: Bearer"));
    }

    [Test]
    public async Task SignIn_ReturnsToken_ForTheRightPasswordAndAnotherPhotoOfTheSamePerson()
    {
        var (username, _) = await SignUpOwnerAsync();

        using var response = await _api.SignInAsync(username, Password, _photos.OwnerAgain);
        var token = await AuthJson.TokenAsync(response, HttpStatusCode.OK);

        using var me = await _api.MeAsync(token);
        Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task SignIn_ReturnsTheSameUnauthorizedBody_ForAnotherFaceWrongPasswordAndUnknownUser()
    {
        var (username, _) = await SignUpOwnerAsync();

        using var otherFace = await _api.SignInAsync(username, Password, _photos.SomeoneElse);
        using var wrongPassword = await _api.SignInAsync(username, "wrong password 1", _photos.OwnerAgain);
        using var unknownUser = await _api.SignInAsync(NewUsername(), Password, _photos.OwnerAgain);

        await ProblemAssert.IsProblemAsync(otherFace, HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(wrongPassword, HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(unknownUser, HttpStatusCode.Unauthorized);
        var expected = await AuthJson.ProblemWithoutIdsAsync(wrongPassword);
        Assert.Multiple(async () =>
        {
            Assert.That(await AuthJson.ProblemWithoutIdsAsync(otherFace), Is.EqualTo(expected));
            Assert.That(await AuthJson.ProblemWithoutIdsAsync(unknownUser), Is.EqualTo(expected));
        });
    }

    [Test]
    public async Task SignUp_ReturnsConflict_ForATakenUsernameOrEmail()
    {
        var (username, _) = await SignUpOwnerAsync();

        using var sameUsername = await _api.SignUpAsync(username, $"other-{username}@example.com", Password, _photos.SomeoneElse);
        using var sameEmail = await _api.SignUpAsync("other-" + username, $"{username.ToUpperInvariant()}@example.com", Password, _photos.SomeoneElse);

        var problem = await ProblemAssert.IsProblemAsync(sameUsername, HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("detail").GetString(), Is.EqualTo("Username or email already registered."));
        await ProblemAssert.IsProblemAsync(sameEmail, HttpStatusCode.Conflict);
    }

    [Test]
    public async Task SignUp_ReturnsValidationProblem_NamingEachBadField()
    {
        using var response = await _api.SignUpAsync("x", "not-an-email", "short", _photos.GroupPhoto);

        var errors = (await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Multiple(() =>
        {
            Assert.That(errors.GetProperty("username")[0].GetString(), Does.Contain("3 to 32 characters"));
            Assert.That(errors.GetProperty("email")[0].GetString(), Does.Contain("not valid"));
            Assert.That(errors.GetProperty("password").EnumerateArray().Select(e => e.GetString()), Does.Contain("The password must contain at least one digit."));
        });
    }

    [Test]
    public async Task SignUp_ReturnsUnprocessable_WhenThePhotoShowsNoFace()
    {
        var username = NewUsername();

        using var response = await _api.SignUpAsync(username, $"{username}@example.com", Password, _photos.NoFace);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("field").GetString(), Is.EqualTo("face"));
    }

    [Test]
    public async Task SignIn_ReturnsUnprocessable_ForAPhotoWithoutFace_AndDoesNotCountItAsAFailure()
    {
        var (username, _) = await SignUpOwnerAsync();
        for (var i = 0; i < 6; i++)
        {
            using var noFace = await _api.SignInAsync(username, Password, _photos.NoFace);
            await ProblemAssert.IsProblemAsync(noFace, HttpStatusCode.UnprocessableEntity);
        }

        using var response = await _api.SignInAsync(username, Password, _photos.OwnerAgain);
        await AuthJson.TokenAsync(response, HttpStatusCode.OK);
    }

    [Test]
    public async Task SignIn_ReturnsTooManyRequestsWithRetryAfter_OnTheSixthAttemptAfterFiveFailures()
    {
        var (username, _) = await SignUpOwnerAsync();
        for (var i = 0; i < 5; i++)
        {
            using var failed = await _api.SignInAsync(username, "wrong password 1", _photos.OwnerAgain);
            await ProblemAssert.IsProblemAsync(failed, HttpStatusCode.Unauthorized);
        }

        using var locked = await _api.SignInAsync(username, Password, _photos.OwnerAgain);

        await ProblemAssert.IsProblemAsync(locked, HttpStatusCode.TooManyRequests);
        var retryAfter = locked.Headers.RetryAfter?.Delta;
        Assert.That(retryAfter, Is.GreaterThan(TimeSpan.FromMinutes(14)).And.LessThanOrEqualTo(TimeSpan.FromMinutes(15)));
    }

    [Test]
    public async Task AuthEndpoints_NeedNoApiKey_WhileOtherEndpointsDo()
    {
        using var guarded = await _client.GetAsync(new Uri("/api/v1/galleries", UriKind.Relative));
        await ProblemAssert.IsProblemAsync(guarded, HttpStatusCode.Unauthorized);

        var (_, token) = await SignUpOwnerAsync();
        using var me = await _api.MeAsync(token);
        Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task OpenApiDocument_DescribesTheSignUpFormWithAFileField()
    {
        var document = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/docs/v1/openapi.json", UriKind.Relative))).RootElement;

        var paths = document.GetProperty("paths");
        var form = paths.GetProperty("/api/v1/auth/signup").GetProperty("post").GetProperty("requestBody")
            .GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema").GetProperty("properties");
        Assert.Multiple(() =>
        {
            Assert.That(form.GetProperty("face").GetProperty("format").GetString(), Is.EqualTo("binary"));
            Assert.That(form.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(SignUpFields));
            Assert.That(paths.TryGetProperty("/api/v1/auth/signin", out _), Is.True);
            Assert.That(paths.TryGetProperty("/api/v1/auth/logout", out _), Is.True);
            Assert.That(paths.TryGetProperty("/api/v1/auth/me", out _), Is.True);
        });
    }
}
