using FaceRecognition.Application.Common.Options;
using FaceRecognition.Infrastructure.Security;
using FaceRecognition.UnitTests.Accounts.Fakes;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FaceRecognition.UnitTests.Security;

public sealed class JwtAccessTokenServiceTests
{
    private static readonly AuthOptions Auth = new() { SigningKey = "unit-test-signing-key-0123456789abcdef" };

    private static JwtAccessTokenService Service(AuthOptions auth, DateTimeOffset now) => new(Options.Create(auth), new ManualTimeProvider(now));

    private static Task<TokenValidationResult> ValidateAsync(string token, AuthOptions auth) =>
        new JsonWebTokenHandler().ValidateTokenAsync(token, AccessTokenValidation.CreateParameters(auth));

    [Test]
    public void Issue_WritesSubjectIdIssuerAudienceAndThirtyMinuteExpiry()
    {
        var now = new DateTimeOffset(2026, 11, 21, 12, 0, 0, 400, TimeSpan.Zero);

        var token = Service(Auth, now).Issue("alice");

        var jwt = new JsonWebToken(token.Value);
        Assert.Multiple(() =>
        {
            Assert.That(jwt.Alg, Is.EqualTo("HS256"));
            Assert.That(jwt.Subject, Is.EqualTo("alice"));
            Assert.That(jwt.Id, Is.EqualTo(token.TokenId).And.Length.EqualTo(32));
            Assert.That(jwt.Issuer, Is.EqualTo("FaceRecognition"));
            Assert.That(jwt.Audiences.Single(), Is.EqualTo("FaceRecognition.Clients"));
            Assert.That(jwt.IssuedAt, Is.EqualTo(new DateTime(2026, 11, 21, 12, 0, 0, DateTimeKind.Utc)));
            Assert.That(jwt.ValidTo, Is.EqualTo(new DateTime(2026, 11, 21, 12, 30, 0, DateTimeKind.Utc)));
            Assert.That(token.ExpiresAt.UtcDateTime, Is.EqualTo(jwt.ValidTo));
            Assert.That(token.ExpiresInSeconds, Is.EqualTo(1800));
        });
    }

    [Test]
    public void Issue_UsesTheConfiguredLifetimeIssuerAndAudience()
    {
        var auth = new AuthOptions { SigningKey = Auth.SigningKey, AccessTokenMinutes = 5, Issuer = "me", Audience = "you" };

        var token = Service(auth, DateTimeOffset.UtcNow).Issue("alice");

        var jwt = new JsonWebToken(token.Value);
        Assert.Multiple(() =>
        {
            Assert.That(token.ExpiresInSeconds, Is.EqualTo(300));
            Assert.That(jwt.Issuer, Is.EqualTo("me"));
            Assert.That(jwt.Audiences.Single(), Is.EqualTo("you"));
        });
    }

    [Test]
    public void Issue_GivesEveryTokenItsOwnId()
    {
        var service = Service(Auth, DateTimeOffset.UtcNow);

        var ids = Enumerable.Range(0, 100).Select(_ => service.Issue("alice").TokenId).ToHashSet();

        Assert.That(ids, Has.Count.EqualTo(100));
    }

    [Test]
    public async Task Validate_AcceptsAFreshToken_AndNamesTheUserBySubject()
    {
        var token = Service(Auth, DateTimeOffset.UtcNow).Issue("alice");

        var result = await ValidateAsync(token.Value, Auth);

        Assert.That(result.IsValid, Is.True, result.Exception?.Message);
        Assert.That(result.ClaimsIdentity.Name, Is.EqualTo("alice"));
    }

    [Test]
    public async Task Validate_RejectsAToken_SignedWithAnotherKey()
    {
        var other = new AuthOptions { SigningKey = "another-signing-key-of-enough-length-42" };
        var token = Service(other, DateTimeOffset.UtcNow).Issue("alice");

        var result = await ValidateAsync(token.Value, Auth);

        Assert.That(result.Exception, Is.InstanceOf<SecurityTokenSignatureKeyNotFoundException>().Or.InstanceOf<SecurityTokenInvalidSignatureException>());
    }

    [Test]
    public async Task Validate_RejectsAnExpiredToken()
    {
        var token = Service(Auth, DateTimeOffset.UtcNow.AddMinutes(-31)).Issue("alice");

        var result = await ValidateAsync(token.Value, Auth);

        Assert.That(result.Exception, Is.InstanceOf<SecurityTokenExpiredException>());
    }

    [Test]
    public async Task Validate_RejectsAToken_ForAnotherAudience()
    {
        var token = Service(new AuthOptions { SigningKey = Auth.SigningKey, Audience = "someone-else" }, DateTimeOffset.UtcNow).Issue("alice");

        var result = await ValidateAsync(token.Value, Auth);

        Assert.That(result.Exception, Is.InstanceOf<SecurityTokenInvalidAudienceException>());
    }

    [Test]
    public async Task Validate_RejectsAnUnsignedToken()
    {
        var unsigned = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Auth.Issuer,
            Audience = Auth.Audience,
            Expires = DateTime.UtcNow.AddMinutes(5),
            Claims = new Dictionary<string, object> { ["sub"] = "alice", ["jti"] = "x" },
        });

        var result = await ValidateAsync(unsigned, Auth);

        Assert.That(result.IsValid, Is.False);
    }
}
