using FaceRecognition.Benchmarks.Calibration.Metrics;

namespace FaceRecognition.UnitTests.Calibration;

public sealed class OperatingPointsTests
{
    // Overlapping set: one genuine pair (0.3) below one impostor pair (0.75).
    private static readonly ScoreSet Overlapping = new([0.9, 0.8, 0.7, 0.3], [0.1, 0.2, 0.35, 0.75]);
    private static readonly ScoreSet Separable = new([0.8, 0.9], [0.1, 0.2]);
    private static readonly double[] TenImpostors = [.. Enumerable.Range(1, 10).Select(i => i / 10.0)];

    [Test]
    public void ScoreSet_AcceptsAScoreEqualToTheThreshold()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Overlapping.GenuineAccepted(0.7), Is.EqualTo(3));
            Assert.That(Overlapping.ImpostorsAccepted(0.75), Is.EqualTo(1));
            Assert.That(Overlapping.Tar(0.7), Is.EqualTo(0.75));
            Assert.That(Overlapping.Far(0.7), Is.EqualTo(0.25));
            Assert.That(Overlapping.Accuracy(0.7), Is.EqualTo(0.75));
        });
    }

    [Test]
    public void ScoreSet_RejectsARefusedComparisonAtEveryThreshold()
    {
        var scores = new ScoreSet([double.NegativeInfinity, 0.9], [double.NegativeInfinity]);
        Assert.Multiple(() =>
        {
            Assert.That(scores.GenuineAccepted(-1), Is.EqualTo(1));
            Assert.That(scores.ImpostorsAccepted(-1), Is.Zero);
        });
    }

    [TestCase(0.1, 0.9001, true)]
    [TestCase(0.2, 0.8001, true)]
    [TestCase(0.05, 1.0001, false)]
    [TestCase(0.0, 1.0001, false)]
    public void ThresholdForRate_LiesJustAboveTheFirstNegativeItMustReject(double target, double expected, bool resolved)
    {
        var result = OperatingPoints.ThresholdForRate(TenImpostors, target);
        Assert.Multiple(() =>
        {
            Assert.That(result.Threshold, Is.EqualTo(expected).Within(1e-12));
            Assert.That(result.Resolved, Is.EqualTo(resolved));
            Assert.That(ScoreSet.CountAtLeast(TenImpostors, result.Threshold), Is.LessThanOrEqualTo(target * TenImpostors.Length));
        });
    }

    [Test]
    public void ThresholdForRate_IsStrictlyAboveAScoreThatSitsOnTheGrid()
    {
        var result = OperatingPoints.ThresholdForRate([0.1, 0.4123], 0.0);
        Assert.That(result.Threshold, Is.EqualTo(0.4124).Within(1e-12));
    }

    [Test]
    public void EqualErrorRate_IsWhereFalseAcceptsAndFalseRejectsMeet()
    {
        var eer = OperatingPoints.EqualErrorRate(Overlapping);
        Assert.Multiple(() =>
        {
            Assert.That(eer.Rate, Is.EqualTo(0.25));
            Assert.That(eer.Threshold, Is.EqualTo(0.7));
        });
    }

    [Test]
    public void EqualErrorRate_IsZero_WhenTheSetsAreSeparable()
    {
        Assert.That(OperatingPoints.EqualErrorRate(Separable).Rate, Is.Zero);
    }

    [Test]
    public void BestAccuracy_TakesTheMiddleOfTheGapBetweenTheSets()
    {
        var best = OperatingPoints.BestAccuracy(Separable);
        Assert.Multiple(() =>
        {
            Assert.That(best.Threshold, Is.EqualTo(0.5).Within(1e-12));
            Assert.That(best.Accuracy, Is.EqualTo(1.0));
        });
    }

    [Test]
    public void BestAccuracy_FindsTheThresholdThatDecidesMostPairsRight()
    {
        // Six of eight right is the best any threshold does; the first such interval is (0.2, 0.3].
        var best = OperatingPoints.BestAccuracy(Overlapping);
        Assert.Multiple(() =>
        {
            Assert.That(best.Accuracy, Is.EqualTo(0.75));
            Assert.That(best.Threshold, Is.EqualTo(0.25).Within(1e-12));
            Assert.That(Overlapping.CorrectDecisions(best.Threshold), Is.EqualTo(6));
        });
    }

    [Test]
    public void AreaUnderCurve_CountsGenuineAboveImpostorPairs()
    {
        Assert.Multiple(() =>
        {
            Assert.That(OperatingPoints.AreaUnderCurve(Separable), Is.EqualTo(1.0));
            Assert.That(OperatingPoints.AreaUnderCurve(Overlapping), Is.EqualTo(13.0 / 16));
            Assert.That(OperatingPoints.AreaUnderCurve(new ScoreSet([0.5], [0.5])), Is.EqualTo(0.5));
        });
    }

    [Test]
    public void TarAtFar_KeepsTheGenuinePairsAboveTheChosenThreshold()
    {
        var genuine = new[] { 0.95, 0.85, 0.75, 0.65 };
        var scores = new ScoreSet(genuine, TenImpostors);
        var threshold = OperatingPoints.ThresholdForRate(scores.Impostor, 0.1).Threshold;
        Assert.Multiple(() =>
        {
            Assert.That(scores.Far(threshold), Is.EqualTo(0.1));
            Assert.That(scores.Tar(threshold), Is.EqualTo(0.25));
        });
    }
}
