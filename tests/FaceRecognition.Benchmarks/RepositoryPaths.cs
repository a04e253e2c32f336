namespace FaceRecognition.Benchmarks;

/// <summary>Finds files of this checkout (sample photos, the service's settings and build) from wherever the bench runs.</summary>
internal static class RepositoryPaths
{
    /// <summary>The first <paramref name="relative"/> path (file or folder) found in the working directory or the bench's folder, or their ancestors.</summary>
    public static string? Find(string relative)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, relative);
                if (File.Exists(candidate) || Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    public static string Require(string relative, string hint) =>
        Find(relative) ?? throw new FileNotFoundException($"'{relative}' not found above the bench or the working directory. {hint}");
}
