using FaceRecognition.Benchmarks.Calibration;

namespace FaceRecognition.UnitTests.Calibration;

public sealed class PairsFileTests
{
    private string _root = null!;

    [SetUp]
    public void CreateFolder()
    {
        // Names only: the pairs logic never opens a photo, so empty files stand in for them.
        _root = Directory.CreateTempSubdirectory("fr-pairs-").FullName;
        foreach (var file in new[] { "images/Ann_Lee/Ann_Lee_0001.jpg", "images/Ann_Lee/Ann_Lee_0002.jpg", "images/Bo/Bo_0001.jpg", "images/Bo/notes.txt" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_root, file))!);
            File.WriteAllBytes(Path.Combine(_root, file), []);
        }
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_root, recursive: true);

    [Test]
    public void Read_ParsesSameAndDifferentPersonLines_InLfwLayout()
    {
        File.WriteAllText(Path.Combine(_root, "pairs.txt"), "1\nAnn_Lee\t1\t2\nAnn_Lee\t2\tBo\t1\n");
        var folder = LabelledFolder.Open(_root);
        var pairs = PairsFile.Read(Path.Combine(_root, "pairs.txt"), folder);
        Assert.That(pairs, Is.EqualTo(new[]
        {
            new LabelledPair("Ann_Lee/Ann_Lee_0001.jpg", "Ann_Lee/Ann_Lee_0002.jpg", true),
            new LabelledPair("Ann_Lee/Ann_Lee_0002.jpg", "Bo/Bo_0001.jpg", false),
        }));
    }

    [Test]
    public void Read_NamesTheLine_WhenAPhotoDoesNotExist()
    {
        File.WriteAllText(Path.Combine(_root, "pairs.txt"), "1\nBo\t1\t2\n");
        var folder = LabelledFolder.Open(_root);
        Assert.That(() => PairsFile.Read(Path.Combine(_root, "pairs.txt"), folder), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("photo 2 of 'Bo'"));
    }

    [Test]
    public void Open_ListsOnlyPhotos_AndFindsThemByNumberInAPlainFolder()
    {
        var plain = Path.Combine(_root, "images");
        File.Move(Path.Combine(plain, "Bo/Bo_0001.jpg"), Path.Combine(plain, "Bo/holiday.jpg"));
        var folder = LabelledFolder.Open(plain);
        Assert.Multiple(() =>
        {
            Assert.That(folder.PhotoCount, Is.EqualTo(3));
            Assert.That(folder.Photo("Bo", 1), Is.EqualTo("Bo/holiday.jpg"));
        });
    }

    [Test]
    public void AllPairs_MakesEverySamePersonPairAndDistinctDifferentPersonPairs()
    {
        var folder = LabelledFolder.Open(_root);
        var pairs = PairsFile.AllPairs(folder);
        Assert.Multiple(() =>
        {
            Assert.That(pairs.Count(p => p.Genuine), Is.EqualTo(1));
            Assert.That(pairs.Count(p => !p.Genuine), Is.EqualTo(2), "both photos of Ann_Lee against Bo's one");
        });
    }
}
