namespace FaceRecognition.Benchmarks.Calibration;

/// <summary>
/// Labelled photos as folders: <c>&lt;person&gt;/&lt;photo&gt;</c>, either directly under the dataset folder (a user's
/// own photos) or under its <c>images/</c> (LFW's layout, <c>images/&lt;name&gt;/&lt;name&gt;_0001.jpg</c>).
/// Photos are listed in ordinal file-name order, so "photo n" of a person is stable.
/// </summary>
internal sealed class LabelledFolder
{
    private static readonly string[] PhotoExtensions = [".jpg", ".jpeg", ".png", ".webp", ".bmp", ".gif", ".tif", ".tiff"];

    private LabelledFolder(string root, IReadOnlyDictionary<string, IReadOnlyList<string>> photos)
    {
        Root = root;
        Photos = photos;
    }

    /// <summary>The folder that holds the person folders.</summary>
    public string Root { get; }

    /// <summary>Each person's photos (relative paths <c>person/file</c>), in file-name order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Photos { get; }

    public int PhotoCount => Photos.Values.Sum(p => p.Count);

    public static LabelledFolder Open(string dataset)
    {
        var root = Directory.Exists(Path.Combine(dataset, "images")) ? Path.Combine(dataset, "images") : dataset;
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"Dataset folder '{dataset}' does not exist.");
        }

        var photos = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var personDirectory in Directory.EnumerateDirectories(root))
        {
            var person = Path.GetFileName(personDirectory);
            var files = Directory.EnumerateFiles(personDirectory)
                .Where(f => PhotoExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                .Select(f => $"{person}/{Path.GetFileName(f)}")
                .Order(StringComparer.Ordinal)
                .ToList();
            if (files.Count > 0)
            {
                photos[person] = files;
            }
        }

        if (photos.Count == 0)
        {
            throw new InvalidDataException($"'{root}' holds no <person>/<photo> folders with photos.");
        }

        return new LabelledFolder(root, photos);
    }

    /// <summary>
    /// Photo <paramref name="number"/> (1-based) of a person as a pairs file names it: LFW's own file name
    /// <c>name/name_%04d.*</c> when it exists, else the n-th photo in file-name order.
    /// </summary>
    public string Photo(string person, int number)
    {
        if (!Photos.TryGetValue(person, out var files))
        {
            throw new InvalidDataException($"The pairs file names '{person}', who has no folder in '{Root}'.");
        }

        var lfwName = $"{person}/{person}_{number:0000}";
        var lfw = files.FirstOrDefault(f => Path.ChangeExtension(f, null) == lfwName);
        if (lfw is not null)
        {
            return lfw;
        }

        return number >= 1 && number <= files.Count
            ? files[number - 1]
            : throw new InvalidDataException($"The pairs file names photo {number} of '{person}', who has {files.Count}.");
    }

    public string FullPath(string photo) => Path.Combine(Root, photo);
}
