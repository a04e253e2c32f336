using System.Net;
using FaceRecognition.IntegrationTests.Support;

namespace FaceRecognition.IntegrationTests.Attacks;

/// <summary>
/// Sign-up says "already registered" (it must, to be usable), so it is rate-limited per client address: probing many
/// usernames is slowed to Api:SignUpLimitPerClient attempts per window (docs/auth.md).
/// </summary>
[TestFixture]
public sealed class SignUpEnumerationTests : ServiceFixture
{
    private const int Limit = 3;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Api:SignUpLimitPerClient"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Api:SignUpLimitWindowMinutes"] = "10",
    };

    [Test]
    public async Task SignUpsBeyondTheLimit_GetTooManyRequests_WithRetryAfter_AndSignInIsNotAffected()
    {
        // Invalid forms count too: an enumeration probe does not need a valid photo.
        for (var i = 0; i < Limit; i++)
        {
            using var allowed = await SignUpAsync($"probe{i}");
            await ProblemAssert.IsProblemAsync(allowed, HttpStatusCode.BadRequest);
        }

        using var refused = await SignUpAsync("probe-next");
        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("sign-up requests"));
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(10)));

        using var form = Multipart.Form(("username", "probe0"), ("password", "password123"));
        using var signIn = await Client.PostAsync(new Uri("/api/v1/auth/signin", UriKind.Relative), form);
        await ProblemAssert.IsProblemAsync(signIn, HttpStatusCode.BadRequest);
    }

    private async Task<HttpResponseMessage> SignUpAsync(string username)
    {
        using var form = Multipart.Form(("username", username), ("email", $"{username}@example.com"), ("password", "password123"));
        return await Client.PostAsync(new Uri("/api/v1/auth/signup", UriKind.Relative), form);
    }
}
