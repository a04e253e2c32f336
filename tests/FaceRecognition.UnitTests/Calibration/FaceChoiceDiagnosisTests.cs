using FaceRecognition.Benchmarks.Calibration;
using FaceRecognition.Domain.Faces;

namespace FaceRecognition.UnitTests.Calibration;

public sealed class FaceChoiceDiagnosisTests
{
    private const int Side = 250;
    private static readonly DetectedFace Central = Face(80, 60, 90, 130, 1.0f);
    private static readonly DetectedFace AtBorder = Face(168, 20, 80, 170, 0.9f);

    [Test]
    public void FaceSummary_MeasuresTheGapToTheNearestBorderAndTheOffsetFromTheCentre()
    {
        var border = FaceSummary.From(AtBorder, Side, Side);
        var central = FaceSummary.From(Central, Side, Side);
        Assert.Multiple(() =>
        {
            Assert.That(border.EdgeGap, Is.EqualTo(2).Within(1e-6));
            Assert.That(border.NearBorder, Is.True);
            Assert.That(central.NearBorder, Is.False);
            Assert.That(central.CentreOffset, Is.EqualTo(0).Within(1e-6));
            Assert.That(border.CentreOffset, Is.EqualTo(Math.Sqrt((83 * 83) + (20 * 20)) / Side).Within(1e-6), "centre (208, 105) against (125, 125)");
        });
    }

    [Test]
    public void PhotoReading_FlagsABorderFaceChosenOverACentralFaceThatScoredHigher()
    {
        var reading = Reading(chosen: AtBorder, AtBorder, Central);
        Assert.Multiple(() =>
        {
            Assert.That(reading.ChoseBorderFaceOverCentralFace, Is.True);
            Assert.That(reading.MoreCentralFace!.Box, Is.EqualTo(Central.Box));
        });
    }

    [Test]
    public void PhotoReading_DoesNotFlagTheCentralFace_WhenItWasChosen()
    {
        var reading = Reading(chosen: Central, AtBorder, Central);
        Assert.Multiple(() =>
        {
            Assert.That(reading.ChoseBorderFaceOverCentralFace, Is.False);
            Assert.That(reading.MoreCentralFace, Is.Null);
        });
    }

    private static PhotoReading Reading(DetectedFace chosen, params DetectedFace[] faces) =>
        new("p/p_0001.jpg", Side, Side, [.. faces.Select(f => FaceSummary.From(f, Side, Side))], FaceSummary.From(chosen, Side, Side), Embedding.FromRaw([1f, 0f]), null);

    private static DetectedFace Face(float x, float y, float width, float height, float score)
    {
        var p = new FacePoint(x + (width / 2), y + (height / 2));
        return new DetectedFace(new FaceBox(x, y, width, height), score, new FaceLandmarks(p, p, p, p, p));
    }
}
