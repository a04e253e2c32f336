namespace FaceRecognition.IntegrationTests.Engine;

/// <summary>Locates the repository (the folder holding FaceRecognition.sln) and the files bootstrap.sh installs.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Models => Path.Combine(Root, "models");

    public static string Samples => Path.Combine(Root, ".cache", "samples");

    public static string Sample(int number) => Path.Combine(Samples, $"sample{number}.jpg");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FaceRecognition.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"FaceRecognition.sln not found above {AppContext.BaseDirectory}.");
    }
}
