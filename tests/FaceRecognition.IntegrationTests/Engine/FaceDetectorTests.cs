using FaceRecognition.Domain.Faces;

namespace FaceRecognition.IntegrationTests.Engine;

public sealed class FaceDetectorTests
{
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    [TestCase(5)]
    [TestCase(6)]
    public void Detect_FindsEveryFaceCountedByEye_InEachSamplePhoto(int sample)
    {
        var image = EngineFixture.LoadSample(sample);

        var faces = EngineFixture.Detector.Detect(image);

        TestContext.Out.WriteLine($"sample{sample}: {string.Join("; ", faces.Select(f => $"{f.Box} score {f.Score:0.000}"))}");
        Assert.That(faces, Has.Count.EqualTo(SampleFaceCounts.ByNumber[sample]));
    }

    [Test]
    public void Detect_OrdersFacesByBoxAreaLargestFirst_WithLandmarksInsideTheirBoxes()
    {
        var image = EngineFixture.LoadSample(5);

        var faces = EngineFixture.Detector.Detect(image);

        Assert.That(faces.Select(f => f.Box.Area), Is.Ordered.Descending);
        foreach (var face in faces)
        {
            var grown = new FaceBox(face.Box.X - (face.Box.Width * 0.1f), face.Box.Y - (face.Box.Height * 0.1f), face.Box.Width * 1.2f, face.Box.Height * 1.2f);
            foreach (var point in face.Landmarks.ToList())
            {
                Assert.That(point.X, Is.InRange(grown.X, grown.Right), $"{face.Box} landmark {point}");
                Assert.That(point.Y, Is.InRange(grown.Y, grown.Bottom), $"{face.Box} landmark {point}");
            }

            // Eyes above the mouth, left eye left of the right eye, as the image shows them.
            Assert.That(face.Landmarks.LeftEye.X, Is.LessThan(face.Landmarks.RightEye.X));
            Assert.That(face.Landmarks.LeftEye.Y, Is.LessThan(face.Landmarks.MouthLeft.Y));
        }
    }
}
