using FaceRecognition.Benchmarks.Calibration.Metrics;
using FaceRecognition.Benchmarks.Calibration.OpenSet;

namespace FaceRecognition.UnitTests.Calibration;

public sealed class OpenSetMetricsTests
{
    private static readonly OpenSetResults Results = new(
    [
        new Identification("ann", "ann", 0.6),
        new Identification("bob", "cy", 0.5),
        new Identification("dee", null, double.NegativeInfinity),
        new Identification(null, "ann", 0.3),
        new Identification(null, "bob", 0.55),
    ]);

    [Test]
    public void At_SeparatesRightPersonWrongPersonAndStrangerGrants()
    {
        var rates = Results.At(0.5);
        Assert.Multiple(() =>
        {
            Assert.That(rates.RightPerson.Count, Is.EqualTo(1));
            Assert.That(rates.WrongPerson.Count, Is.EqualTo(1));
            Assert.That(rates.RightPerson.Total, Is.EqualTo(3), "a refused genuine probe is still a probe, denied");
            Assert.That(rates.StrangersGranted.Value, Is.EqualTo(0.5));
        });
    }

    [Test]
    public void At_GrantsNobodyBelowTheThreshold()
    {
        var rates = Results.At(0.61);
        Assert.That(rates.RightPerson.Count + rates.WrongPerson.Count + rates.StrangersGranted.Count, Is.Zero);
    }

    [Test]
    public void ThresholdForFpir_LetsInAtMostTheTargetShareOfStrangers()
    {
        var half = Results.ThresholdForFpir(0.5);
        var none = Results.ThresholdForFpir(0.0);
        Assert.Multiple(() =>
        {
            Assert.That(half.Threshold, Is.EqualTo(0.3001).Within(1e-12));
            Assert.That(none.Threshold, Is.EqualTo(0.5501).Within(1e-12));
            Assert.That(Results.At(none.Threshold).StrangersGranted.Count, Is.Zero);
        });
    }

    [Test]
    public void GallerySizeCurve_MeasuresTheBestScoreOverTheWholePool()
    {
        var curve = new GallerySizeCurve([[0.1f, 0.5f, 0.2f], [0.3f, 0.1f, 0.1f]]);
        var best = curve.BestOfRandomGalleries(3, 1, new Random(1));
        Assert.That(best, Is.EqualTo(new List<double> { 0.3f, 0.5f }));
    }

    [Test]
    public void GallerySizeCurve_PredictsFpirFromThePerComparisonRate()
    {
        var curve = new GallerySizeCurve([[0.1f, 0.5f, 0.2f], [0.3f, 0.1f, 0.1f]]);
        var point = curve.At(3, 0.4, [0.5], maxDraws: 1, new Random(1));
        Assert.Multiple(() =>
        {
            Assert.That(curve.FalseMatchRate(0.4).Rate, Is.EqualTo(1.0 / 6));
            Assert.That(curve.FalseMatchRate(0.4).Basis, Is.EqualTo(RateBasis.Unresolved), "one comparison above, and too few to fit a tail");
            Assert.That(point.PredictedFpir, Is.EqualTo(1 - Math.Pow(5.0 / 6, 3)).Within(1e-12));
            Assert.That(point.MeasuredFpir, Is.EqualTo(0.5));
            Assert.That(point.MeasuredThresholds[0].Threshold, Is.EqualTo(0.3001).Within(1e-6));
        });
    }

    [Test]
    public void GallerySizeCurve_CountsResolvedRates_AndExtrapolatesBelowThem()
    {
        var row = Enumerable.Range(0, 2000).Select(i => i / 2000f).ToArray();
        var curve = new GallerySizeCurve([row]);
        var (counted, countedBasis) = curve.ThresholdForFalseMatchRate(0.01);
        var (_, rareBasis) = curve.ThresholdForFalseMatchRate(0.001);
        Assert.Multiple(() =>
        {
            Assert.That(countedBasis, Is.EqualTo(RateBasis.Counted), "20 comparisons above");
            Assert.That(ScoreSet.CountAtLeast(curve.PerComparison, counted), Is.EqualTo(20), "the 21st highest is the first rejected");
            Assert.That(rareBasis, Is.EqualTo(RateBasis.TailFit), "2 comparisons above: the tail fit answers");
        });
    }

    [Test]
    public void GallerySizeCurve_DrawsGalleriesOfTheRequestedSize()
    {
        // Each stranger's scores are its column numbers, so the best of a gallery is its highest column.
        var row = Enumerable.Range(0, 100).Select(i => (float)i).ToArray();
        var curve = new GallerySizeCurve([row]);
        var best = curve.BestOfRandomGalleries(1, 500, new Random(3));
        Assert.Multiple(() =>
        {
            Assert.That(best, Has.Count.EqualTo(500));
            Assert.That(best.Distinct().Count(), Is.GreaterThan(50), "single-template galleries hit many different templates");
            Assert.That(curve.BestOfRandomGalleries(100, 3, new Random(3)), Is.All.EqualTo(99.0));
        });
    }

    [Test]
    public void ExponentialTail_ExtrapolatesFromTheMeanExcess()
    {
        // 990 scores 0.000…0.989, then ten tail scores 0.999…1.089: mean excess over 0.989 is 0.055.
        var scores = Enumerable.Range(0, 990).Select(i => i / 1000.0)
            .Concat(Enumerable.Range(1, 10).Select(k => 0.989 + (0.01 * k))).ToList();
        var tail = ExponentialTail.Fit(scores, 0.01);
        Assert.Multiple(() =>
        {
            Assert.That(tail.Start, Is.EqualTo(0.989).Within(1e-12));
            Assert.That(tail.StartRate, Is.EqualTo(0.01));
            Assert.That(tail.Scale, Is.EqualTo(0.055).Within(1e-12));
            Assert.That(tail.Rate(0.989 + (0.055 * Math.Log(10))), Is.EqualTo(0.001).Within(1e-12));
            Assert.That(tail.ThresholdForRate(0.001), Is.EqualTo(1.1157).Within(1e-12));
        });
    }
}
