using System.Globalization;
using System.Text;

namespace FaceRecognition.IntegrationTests.Engine;

/// <summary>
/// The default Recognition:MatchThreshold against the labelled sample pairs (docs/accuracy.md): every face matches
/// its transformed copies, no two different people match. Prints the distributions the document is built from.
/// </summary>
public sealed class MatchThresholdTests
{
    /// <summary>The default documented in docs/accuracy.md.</summary>
    private const double DefaultMatchThreshold = 0.45;

    [Test]
    public void SameFace_UnderEveryTransformation_MatchesItselfAboveTheDefaultThreshold()
    {
        var pairs = EngineFixture.Pairs;

        var rejected = pairs.Same.Where(p => p.Similarity < DefaultMatchThreshold).ToList();

        Assert.That(pairs.Same, Has.Count.EqualTo(SampleFaceCounts.ByNumber.Values.Sum() * 6));
        Assert.That(rejected, Is.Empty, "same-person pairs below the threshold");
    }

    [Test]
    public void DifferentPeople_StayBelowTheDefaultThreshold()
    {
        var accepted = EngineFixture.Pairs.Different.Where(p => p.Similarity >= DefaultMatchThreshold).ToList();

        Assert.That(accepted, Is.Empty, "different-person pairs at or above the threshold");
    }

    [Test]
    public void Calibration_PrintsDistributionsAndErrorRates_WithBothRatesZeroAtTheDefault()
    {
        var pairs = EngineFixture.Pairs;
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"faces {pairs.FaceCount}, same pairs {pairs.Same.Count}, different pairs {pairs.Different.Count}, ambiguous {pairs.Ambiguous.Count}");
        Summarise(report, "same", pairs.Same.Select(p => p.Similarity).ToList());
        Summarise(report, "different", pairs.Different.Select(p => p.Similarity).ToList());
        foreach (var (label, similarity) in pairs.Ambiguous)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"ambiguous {label}: {similarity:0.000}");
        }

        foreach (var (label, similarity) in pairs.Same.OrderBy(p => p.Similarity).Take(5))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"lowest same {label}: {similarity:0.000}");
        }

        foreach (var (label, similarity) in pairs.Different.OrderByDescending(p => p.Similarity).Take(5))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"highest different {label}: {similarity:0.000}");
        }

        report.AppendLine("threshold | false accepts | false rejects");
        for (var t = 0.30; t <= 0.701; t += 0.05)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"{t:0.00} | {Rate(pairs.Different, p => p >= t)} | {Rate(pairs.Same, p => p < t)}");
        }

        TestContext.Out.Write(report.ToString());

        Assert.That(pairs.Different.Count(p => p.Similarity >= DefaultMatchThreshold) + pairs.Same.Count(p => p.Similarity < DefaultMatchThreshold), Is.Zero);
    }

    private static string Rate(IReadOnlyList<(string Label, double Similarity)> pairs, Func<double, bool> error)
    {
        var count = pairs.Count(p => error(p.Similarity));
        return string.Create(CultureInfo.InvariantCulture, $"{count}/{pairs.Count} ({100.0 * count / pairs.Count:0.0}%)");
    }

    private static void Summarise(StringBuilder report, string name, List<double> values)
    {
        values.Sort();
        report.AppendLine(CultureInfo.InvariantCulture, $"{name}: min {values[0]:0.000} p5 {values[values.Count / 20]:0.000} median {values[values.Count / 2]:0.000} mean {values.Average():0.000} max {values[^1]:0.000}");
    }
}
