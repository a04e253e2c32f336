namespace FaceRecognition.Infrastructure.Inference;

/// <summary>Finds the model folder: absolute as given; relative against the current directory, then up from the app's base directory.</summary>
public static class ModelDirectoryResolver
{
    public const string LockFileName = "models.lock";

    /// <summary>The full path of the folder holding <c>models.lock</c>, or null when none is found.</summary>
    public static string? TryResolve(string modelDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelDirectory);
        if (Path.IsPathRooted(modelDirectory))
        {
            return HasLock(modelDirectory) ? Path.GetFullPath(modelDirectory) : null;
        }

        var fromCurrent = Path.GetFullPath(modelDirectory, Directory.GetCurrentDirectory());
        if (HasLock(fromCurrent))
        {
            return fromCurrent;
        }

        // Tests and benches run from bin/<config>/<tfm>/; the repository's models/ is a few levels up.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, modelDirectory);
            if (HasLock(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }

    public static string Resolve(string modelDirectory) =>
        TryResolve(modelDirectory)
        ?? throw new DirectoryNotFoundException($"No '{modelDirectory}' folder with {LockFileName} was found in the current directory or above {AppContext.BaseDirectory}. Run deploy/bootstrap.sh.");

    private static bool HasLock(string directory) => File.Exists(Path.Combine(directory, LockFileName));
}
