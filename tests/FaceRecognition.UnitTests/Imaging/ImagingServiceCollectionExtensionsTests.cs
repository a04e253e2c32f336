using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Infrastructure.Imaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FaceRecognition.UnitTests.Imaging;

public sealed class ImagingServiceCollectionExtensionsTests
{
    [Test]
    public void AddImaging_BindsTheImagingSection_AndRegistersTheDecoder()
    {
        using var provider = Build(new() { ["Imaging:MaxPixels"] = "1000", ["Imaging:MaxSide"] = "50" });

        var options = provider.GetRequiredService<IOptions<ImagingOptions>>().Value;

        Assert.Multiple(() =>
        {
            Assert.That((options.MaxPixels, options.MaxSide), Is.EqualTo((1000L, 50)));
            Assert.That(provider.GetRequiredService<IImageDecoder>(), Is.InstanceOf<ImageDecoder>());
        });
    }

    [Test]
    public void AddImaging_UsesTheDocumentedDefaults_WhenTheSectionIsAbsent()
    {
        using var provider = Build([]);

        var options = provider.GetRequiredService<IOptions<ImagingOptions>>().Value;

        Assert.That((options.MaxPixels, options.MaxSide), Is.EqualTo((40_000_000L, 20_000)));
    }

    [TestCase("MaxPixels", "0")]
    [TestCase("MaxSide", "-5")]
    public void AddImaging_RejectsNonPositiveLimits(string key, string value)
    {
        using var provider = Build(new() { [$"Imaging:{key}"] = value });

        Assert.That(() => provider.GetRequiredService<IOptions<ImagingOptions>>().Value, Throws.InstanceOf<OptionsValidationException>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddImaging(configuration).BuildServiceProvider();
    }
}
