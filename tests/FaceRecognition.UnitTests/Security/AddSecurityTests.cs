using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Application.Common.Options;
using FaceRecognition.Infrastructure.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FaceRecognition.UnitTests.Security;

public sealed class AddSecurityTests
{
    private static ServiceProvider Build(string environment, params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new ServiceCollection().AddSecurity(configuration, new TestHostEnvironment(environment)).BuildServiceProvider();
    }

    private static string FailureOf(ServiceProvider provider) =>
        Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<AuthOptions>>().Value)!.Message;

    [Test]
    public void AddSecurity_BindsTheAuthSectionWithDefaults()
    {
        using var provider = Build("Production", ("Auth:SigningKey", "a-production-key-that-is-long-enough-0123"), ("Auth:LockoutMinutes", "7"));

        var auth = provider.GetRequiredService<IOptions<AuthOptions>>().Value;

        Assert.Multiple(() =>
        {
            Assert.That(auth.LockoutMinutes, Is.EqualTo(7));
            Assert.That(auth.MaxFailedAttempts, Is.EqualTo(5));
            Assert.That(auth.FailureWindowMinutes, Is.EqualTo(15));
            Assert.That(auth.AccessTokenMinutes, Is.EqualTo(30));
            Assert.That(auth.RequireLiveness, Is.True);
            Assert.That(auth.Issuer, Is.EqualTo("FaceRecognition"));
            Assert.That(auth.Audience, Is.EqualTo("FaceRecognition.Clients"));
            Assert.That(provider.GetRequiredService<IAccessTokenService>().Issue("alice").ExpiresInSeconds, Is.EqualTo(1800));
        });
    }

    [Test]
    public void AddSecurity_RefusesAMissingKey_OutsideDevelopment()
    {
        using var provider = Build("Production");

        Assert.That(FailureOf(provider), Does.Contain("Auth:SigningKey is missing"));
    }

    [Test]
    public void AddSecurity_RefusesTheSampleKey_OutsideDevelopment()
    {
        using var provider = Build("Staging", ("Auth:SigningKey", "change-me-development-only-signing-key-0123456789"));

        Assert.That(FailureOf(provider), Does.Contain("Auth:SigningKey is the published sample key"));
    }

    [Test]
    public void AddSecurity_AcceptsTheSampleKey_InDevelopment()
    {
        using var provider = Build("Development", ("Auth:SigningKey", "change-me-development-only-signing-key-0123456789"));

        Assert.That(provider.GetRequiredService<IOptions<AuthOptions>>().Value.SigningKey, Does.StartWith("change-me"));
    }

    [Test]
    public void AddSecurity_RefusesAKeyShorterThan32Bytes_EvenInDevelopment()
    {
        using var provider = Build("Development", ("Auth:SigningKey", "too-short-key"));

        Assert.That(FailureOf(provider), Does.Contain("Auth:SigningKey is too short"));
    }

    [Test]
    public void AddSecurity_RefusesOutOfRangeNumbers_NamingTheSetting()
    {
        using var provider = Build("Production", ("Auth:SigningKey", "a-production-key-that-is-long-enough-0123"), ("Auth:MaxFailedAttempts", "0"));

        Assert.That(FailureOf(provider), Does.Contain("MaxFailedAttempts"));
    }

    [Test]
    public void AddSecurity_GeneratesOneProcessWideKey_InDevelopmentWhenNoneIsSet()
    {
        using var provider = Build("Development");

        var fromOptions = provider.GetRequiredService<IOptions<AuthOptions>>().Value.SigningKey;
        var fromMonitor = provider.GetRequiredService<IOptionsMonitor<AuthOptions>>().CurrentValue.SigningKey;

        Assert.Multiple(() =>
        {
            Assert.That(fromOptions, Has.Length.GreaterThanOrEqualTo(32));
            Assert.That(fromMonitor, Is.EqualTo(fromOptions));
        });
    }
}
