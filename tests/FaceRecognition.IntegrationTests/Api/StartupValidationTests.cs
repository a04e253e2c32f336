using FaceRecognition.IntegrationTests.Support;
using Microsoft.Extensions.Options;

namespace FaceRecognition.IntegrationTests.Api;

/// <summary>A bad configuration value stops the service at start-up with a message naming the key.</summary>
[TestFixture]
public sealed class StartupValidationTests
{
    [TestCase("Recognition:MatchThreshold", "5", "Recognition:MatchThreshold")]
    [TestCase("Enrollment:MaxImagesPerRequest", "0", "Enrollment:MaxImagesPerRequest")]
    [TestCase("Security:ApiKeys:0", "short", "Security:ApiKeys")]
    [TestCase("Storage:Provider", "MySql", "Storage:MySqlConnectionString")]
    public async Task BadSetting_StopsStartup_NamingTheKey(string key, string value, string named)
    {
        await using var service = new TestService(new Dictionary<string, string?> { [key] = value });
        var failure = Assert.Catch(() => service.CreateClient());
        var messages = string.Join(" | ", Unwrap(failure!).Select(e => e.Message));
        Assert.That(messages, Does.Contain(named));
    }

    [Test]
    public async Task NonNumericSetting_StopsStartup_NamingTheKey()
    {
        await using var service = new TestService(new Dictionary<string, string?> { ["Api:MaxFileBytes"] = "ten megabytes" });
        var failure = Assert.Catch(() => service.CreateClient());
        Assert.That(string.Join(" | ", Unwrap(failure!).Select(e => e.Message)), Does.Contain("Api:MaxFileBytes"));
    }

    private static IEnumerable<Exception> Unwrap(Exception e)
    {
        for (var current = e; current is not null; current = current.InnerException)
        {
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Unwrap))
                {
                    yield return inner;
                }
            }

            if (current is OptionsValidationException validation)
            {
                foreach (var failure in validation.Failures)
                {
                    yield return new InvalidOperationException(failure);
                }
            }
        }
    }
}
