using FaceRecognition.Domain.Faces;

namespace FaceRecognition.IntegrationTests.Engine;

public sealed class FaceAnalyzerTests
{
    private static readonly HashSet<AnalysisAction> Everything = [.. Enum.GetValues<AnalysisAction>()];

    [Test]
    public void Analyze_ComputesOnlyTheRequestedActions()
    {
        var image = EngineFixture.LoadSample(1);
        var face = EngineFixture.Detector.Detect(image)[0];

        var analysis = EngineFixture.Analyzer.Analyze(image, face, new HashSet<AnalysisAction> { AnalysisAction.Age, AnalysisAction.Liveness });

        Assert.That(analysis.Age, Is.Not.Null);
        Assert.That(analysis.Liveness, Is.Not.Null);
        Assert.That(new object?[] { analysis.Emotion, analysis.Gender, analysis.Pose, analysis.Eyes }, Is.All.Null);
    }

    [Test]
    public void Analyze_GivesPlausibleAttributes_ForTheAdultWomenOfTheSamples()
    {
        var results = new List<FaceAnalysis>();
        foreach (var sample in SampleFaceCounts.ByNumber.Keys)
        {
            var image = EngineFixture.LoadSample(sample);
            foreach (var (face, index) in EngineFixture.Detector.Detect(image).Select((f, i) => (f, i)))
            {
                var analysis = EngineFixture.Analyzer.Analyze(image, face, Everything);
                results.Add(analysis);
                TestContext.Out.WriteLine(FormattableString.Invariant(
                    $"s{sample}f{index} at ({face.Box.Center.X:0},{face.Box.Center.Y:0}): emotion {analysis.Emotion!.Dominant} [{string.Join(' ', analysis.Emotion.Scores.Select(s => $"{s.Key[..3]}={s.Value:0.00}"))}] age {analysis.Age:0.0} gender {analysis.Gender!.Value} {analysis.Gender.Confidence:0.00} pose y={analysis.Pose!.Yaw:0} p={analysis.Pose.Pitch:0} r={analysis.Pose.Roll:0} eyes {analysis.Eyes!.LeftOpenProbability:0.00}/{analysis.Eyes.RightOpenProbability:0.00} live {analysis.Liveness!.Score:0.00}"));
            }
        }

        // Everyone in the samples is an adult woman with open eyes (by eye) and most are smiling.
        Assert.That(results, Has.Count.EqualTo(SampleFaceCounts.ByNumber.Values.Sum()));
        Assert.That(results.Count(r => r.Gender!.Value == "female"), Is.GreaterThanOrEqualTo(results.Count * 2 / 3));
        Assert.That(results.Count(r => r.Emotion!.Dominant == "happy"), Is.GreaterThanOrEqualTo(results.Count * 2 / 3));
        Assert.That(results.Count(r => r.Eyes!.LeftOpen || r.Eyes.RightOpen), Is.GreaterThanOrEqualTo(results.Count * 2 / 3));
        Assert.That(results.Select(r => r.Age!.Value), Is.All.InRange(15.0, 60.0));
        Assert.That(results.Select(r => r.Pose!.Yaw), Is.All.InRange(-90.0, 90.0));
    }
}
