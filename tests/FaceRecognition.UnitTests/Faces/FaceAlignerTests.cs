using FaceRecognition.Domain.Faces;
using FaceRecognition.Infrastructure.Faces;

namespace FaceRecognition.UnitTests.Faces;

public sealed class FaceAlignerTests
{
    [TestCase(1.0, 0.0, 0.0, 0.0)]
    [TestCase(0.37, 12.5, 40.0, -8.0)]
    [TestCase(2.5, -30.0, -120.0, 300.0)]
    [TestCase(0.05, 179.0, 1000.0, 2000.0)]
    public void Estimate_RecoversKnownScaleRotationAndTranslation(double scale, double degrees, double tx, double ty)
    {
        var truth = SimilarityTransform.FromScaleRotation(scale, degrees, tx, ty);
        var source = FaceAligner.Template;
        var target = source.Select(truth.Map).ToList();

        var estimated = FaceAligner.Estimate(source, target);

        // Points are float32, so far from the origin they carry ~1e-4 px of rounding; tolerances allow for that.
        Assert.Multiple(() =>
        {
            Assert.That(estimated.Scale, Is.EqualTo(scale).Within(1e-4 * scale));
            Assert.That(estimated.RotationDegrees, Is.EqualTo(degrees).Within(1e-3));
            Assert.That(estimated.Tx, Is.EqualTo(tx).Within(1e-3));
            Assert.That(estimated.Ty, Is.EqualTo(ty).Within(1e-3));
        });
    }

    [Test]
    public void ImageToTemplate_MapsRotatedScaledFaceLandmarksOntoTheTemplate()
    {
        // A face 3x the template size, rotated by 20 degrees and placed somewhere in a large photo.
        var templateToImage = SimilarityTransform.FromScaleRotation(3.0, 20.0, 800.0, 450.0);
        var points = FaceAligner.Template.Select(templateToImage.Map).ToArray();
        var landmarks = new FaceLandmarks(points[0], points[1], points[2], points[3], points[4]);

        var imageToTemplate = FaceAligner.ImageToTemplate(landmarks);

        for (var i = 0; i < points.Length; i++)
        {
            var mapped = imageToTemplate.Map(points[i]);
            Assert.That(mapped.X, Is.EqualTo(FaceAligner.Template[i].X).Within(1e-3), $"point {i} x");
            Assert.That(mapped.Y, Is.EqualTo(FaceAligner.Template[i].Y).Within(1e-3), $"point {i} y");
        }

        Assert.That(imageToTemplate.RotationDegrees, Is.EqualTo(-20.0).Within(1e-4));
    }

    [Test]
    public void Estimate_GivesTheLeastSquaresFit_WhenPointsAreNoisy()
    {
        var truth = SimilarityTransform.FromScaleRotation(1.5, 10, 5, 7);
        var source = FaceAligner.Template;
        var target = source.Select(truth.Map).ToArray();

        // Perturb symmetrically: +d on one point, -d on another keeps the centroid, so the fit moves only slightly.
        target[0] = new FacePoint(target[0].X + 1, target[0].Y);
        target[1] = new FacePoint(target[1].X - 1, target[1].Y);

        var fit = FaceAligner.Estimate(source, target);
        var fitError = source.Select((p, i) => Distance2(fit.Map(p), target[i])).Sum();
        var truthError = source.Select((p, i) => Distance2(truth.Map(p), target[i])).Sum();

        Assert.That(fitError, Is.LessThanOrEqualTo(truthError));
        Assert.That(fit.Scale, Is.EqualTo(1.5).Within(0.05));
    }

    [Test]
    public void Invert_UndoesTheTransform()
    {
        var transform = SimilarityTransform.FromScaleRotation(0.8, -47, 13, -21);
        var inverse = transform.Invert();
        var point = new FacePoint(123.25f, -45.5f);

        var roundTrip = inverse.Map(transform.Map(point));

        Assert.That(roundTrip.X, Is.EqualTo(point.X).Within(1e-3));
        Assert.That(roundTrip.Y, Is.EqualTo(point.Y).Within(1e-3));
    }

    [Test]
    public void Estimate_Throws_WhenAllSourcePointsCoincide()
    {
        var source = Enumerable.Repeat(new FacePoint(5, 5), 5).ToList();

        Assert.That(() => FaceAligner.Estimate(source, FaceAligner.Template), Throws.ArgumentException);
    }

    private static double Distance2(FacePoint a, FacePoint b) => ((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y));
}
