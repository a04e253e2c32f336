using FaceRecognition.Benchmarks.Calibration.Metrics;

namespace FaceRecognition.UnitTests.Calibration;

public sealed class WilsonIntervalTests
{
    [TestCase(0, 10, 0.0, 0.2775)]
    [TestCase(5, 10, 0.2366, 0.7634)]
    [TestCase(10, 10, 0.7225, 1.0)]
    [TestCase(1, 1000, 0.0002, 0.0056)]
    public void Of_GivesTheKnownWilsonInterval(int count, int total, double low, double high)
    {
        var p = WilsonInterval.Of(count, total);
        Assert.Multiple(() =>
        {
            Assert.That(p.Low, Is.EqualTo(low).Within(1e-4));
            Assert.That(p.High, Is.EqualTo(high).Within(1e-4));
            Assert.That(p.Value, Is.EqualTo((double)count / total));
        });
    }

    [Test]
    public void Of_HasNoInterval_WhenThereIsNothingToCount()
    {
        Assert.That(WilsonInterval.Of(0, 0).Low, Is.NaN);
    }

    [Test]
    public void Of_RefusesMoreSuccessesThanTrials()
    {
        Assert.That(() => WilsonInterval.Of(3, 2), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
