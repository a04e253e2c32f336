namespace FaceRecognition.IntegrationTests.Support;

/// <summary>Locations in the checkout, found by walking up to the solution file.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FaceRecognition.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FaceRecognition.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string Models => Path.Combine(Root, "models");

    public static string Samples => Path.Combine(Root, ".cache", "samples");

    public static string Sample(int number) => Path.Combine(Samples, $"sample{number}.jpg");
}
