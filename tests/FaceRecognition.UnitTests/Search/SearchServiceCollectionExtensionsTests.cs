using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Infrastructure.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FaceRecognition.UnitTests.Search;

public sealed class SearchServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddFaceSearch(configuration).BuildServiceProvider();
    }

    [Test]
    public void AddFaceSearch_RegistersOneIndexForBothTheClassAndThePort_WithConfiguredOptions()
    {
        using var provider = Build(new() { ["Search:ExactScanMaxFaces"] = "500", ["Search:CandidatePoolSize"] = "2048" });

        Assert.That(provider.GetRequiredService<IFaceIndex>(), Is.SameAs(provider.GetRequiredService<InMemoryFaceIndex>()));
        var options = provider.GetRequiredService<IOptions<SearchOptions>>().Value;
        Assert.That(options.ExactScanMaxFaces, Is.EqualTo(500));
        Assert.That(options.CandidatePoolSize, Is.EqualTo(2048));
    }

    [Test]
    public void AddFaceSearch_RejectsAPoolTooSmallToRerank()
    {
        using var provider = Build(new() { ["Search:CandidatePoolSize"] = "0" });

        Assert.That(() => provider.GetRequiredService<IOptions<SearchOptions>>().Value, Throws.TypeOf<OptionsValidationException>());
    }
}
