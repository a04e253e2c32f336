using FaceRecognition.Infrastructure.Imaging;

namespace FaceRecognition.UnitTests.Imaging;

public sealed class AffineTransformTests
{
    [Test]
    public void Map_AppliesAllSixCoefficients()
    {
        var map = new AffineTransform(2, 3, 4, 5, 6, 7);

        Assert.That(map.Map(1, 10), Is.EqualTo((2f + 30 + 4, 5f + 60 + 7)));
    }

    [Test]
    public void ScaleTranslate_ScalesThenOffsets()
    {
        Assert.That(AffineTransform.ScaleTranslate(2, 3, 10, 20).Map(1, 1), Is.EqualTo((12f, 23f)));
    }

    [Test]
    public void Then_AppliesThisMapFirst()
    {
        var scale = AffineTransform.ScaleTranslate(2, 2, 0, 0);
        var shift = AffineTransform.ScaleTranslate(1, 1, 5, 0);

        Assert.Multiple(() =>
        {
            Assert.That(scale.Then(shift).Map(1, 1), Is.EqualTo((7f, 2f)));
            Assert.That(shift.Then(scale).Map(1, 1), Is.EqualTo((12f, 2f)));
        });
    }

    [Test]
    public void Invert_UndoesARotationWithTranslation()
    {
        var angle = 0.3f;
        var map = new AffineTransform(MathF.Cos(angle), -MathF.Sin(angle), 12, MathF.Sin(angle), MathF.Cos(angle), -7);

        var (x, y) = map.Then(map.Invert()).Map(3.5f, -8f);

        Assert.Multiple(() =>
        {
            Assert.That(x, Is.EqualTo(3.5f).Within(1e-4f));
            Assert.That(y, Is.EqualTo(-8f).Within(1e-4f));
        });
    }

    [Test]
    public void Invert_Throws_WhenTheMapIsSingular()
    {
        var collapse = new AffineTransform(1, 2, 0, 2, 4, 0);

        Assert.That(() => collapse.Invert(), Throws.InvalidOperationException);
    }

    [Test]
    public void Identity_MapsEveryPointToItself()
    {
        Assert.That(AffineTransform.Identity.Map(4.25f, -3f), Is.EqualTo((4.25f, -3f)));
    }
}
