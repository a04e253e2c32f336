namespace FaceRecognition.UnitTests.Architecture;

/// <summary>
/// Native code is reached only through maintained packages (ONNX Runtime, OpenCvSharp): the service's own sources hold
/// no binding of their own (docs/architecture.md).
/// </summary>
[TestFixture]
public sealed class NativeInteropTests
{
    private static readonly string[] Forbidden = ["DllImport", "LibraryImport", "NativeLibrary", "delegate* unmanaged"];

    [Test]
    public void Sources_ContainNoNativeBinding()
    {
        var offending = SourceFiles()
            .SelectMany(file => Forbidden.Where(File.ReadAllText(file).Contains).Select(word => $"{Path.GetFileName(file)}: {word}"))
            .ToList();

        Assert.That(offending, Is.Empty);
    }

    [Test]
    public void Sources_AreFound_SoTheCheckAboveCannotPassOnNothing()
    {
        Assert.That(SourceFiles().Count(), Is.GreaterThan(100));
    }

    private static IEnumerable<string> SourceFiles()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FaceRecognition.sln")))
            {
                return Directory.EnumerateFiles(Path.Combine(dir.FullName, "src"), "*.cs", SearchOption.AllDirectories)
                    .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
            }
        }

        throw new DirectoryNotFoundException("FaceRecognition.sln not found above the test directory.");
    }
}
