using FaceRecognition.Benchmarks;

namespace FaceRecognition.UnitTests.Calibration;

public sealed class BenchArgumentsTests
{
    [Test]
    public void Reads_Options_Flags_AndLists()
    {
        var arguments = new BenchArguments(["--dataset", "photos", "--open-set", "--concurrency", "1,4", "--worst", "7"], "--open-set");
        Assert.Multiple(() =>
        {
            Assert.That(arguments.Text("--dataset"), Is.EqualTo("photos"));
            Assert.That(arguments.Has("--open-set"), Is.True);
            Assert.That(arguments.List("--concurrency"), Is.EqualTo(new List<string> { "1", "4" }));
            Assert.That(arguments.Integer("--worst", 0), Is.EqualTo(7));
            Assert.That(arguments.Integer("--requests", 100), Is.EqualTo(100));
        });
        Assert.That(arguments.RejectUnknown, Throws.Nothing);
    }

    [Test]
    public void RejectUnknown_NamesAMistypedOption()
    {
        var arguments = new BenchArguments(["--datset", "photos"]);
        _ = arguments.Text("--dataset");
        Assert.That(arguments.RejectUnknown, Throws.ArgumentException.With.Message.Contains("--datset"));
    }

    [Test]
    public void Refuses_AnOptionWithoutItsValue()
    {
        Assert.That(() => new BenchArguments(["--json"]), Throws.ArgumentException.With.Message.Contains("--json needs a value"));
    }
}
