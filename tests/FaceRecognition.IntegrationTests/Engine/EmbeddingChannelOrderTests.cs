using FaceRecognition.Infrastructure.Faces;
using FaceRecognition.Infrastructure.Imaging;


namespace FaceRecognition.IntegrationTests.Engine;

/// <summary>Settles RGB vs BGR for fr_feature by measuring same/different separation with each (docs/models.md).</summary>
public sealed class EmbeddingChannelOrderTests
{
    [Test]
    public void RgbInput_SeparatesSameFromDifferentPeopleBetterThanBgr()
    {
        var rgb = EngineFixture.Pairs;
        var bgr = SampleFaceSet.Build(EngineFixture.Detector, new FaceEmbedder(EngineFixture.Engine, PixelOrder.Bgr));

        var rgbMargin = Margin(rgb);
        var bgrMargin = Margin(bgr);
        TestContext.Out.WriteLine($"RGB: {Describe(rgb)}");
        TestContext.Out.WriteLine($"BGR: {Describe(bgr)}");

        Assert.That(rgbMargin, Is.GreaterThan(bgrMargin), "the embedder's fixed order (RGB) should be the better-separating one");
    }

    /// <summary>Worst-case separation: the lowest same-person similarity minus the highest different-person one.</summary>
    private static double Margin(SampleFaceSet set) => set.Same.Min(p => p.Similarity) - set.Different.Max(p => p.Similarity);

    private static string Describe(SampleFaceSet set) => FormattableString.Invariant(
        $"same n={set.Same.Count} min {set.Same.Min(p => p.Similarity):0.000} mean {set.Same.Average(p => p.Similarity):0.000}; different n={set.Different.Count} max {set.Different.Max(p => p.Similarity):0.000} mean {set.Different.Average(p => p.Similarity):0.000}; worst-case margin {Margin(set):0.000}");
}
