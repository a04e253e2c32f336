using System.Globalization;

namespace FaceRecognition.Benchmarks.Calibration;

/// <summary>
/// LFW's pairs format: a header line (<c>N</c> for one set of N same + N different pairs, or <c>folds N</c> for View 2's
/// ten folds), then <c>name n1 n2</c> lines (same person) and <c>name1 n1 name2 n2</c> lines (different people),
/// tab- or space-separated. Without a pairs file, <see cref="AllPairs"/> makes every pair of a folder.
/// </summary>
internal static class PairsFile
{
    public static IReadOnlyList<LabelledPair> Read(string path, LabelledFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var pairs = new List<LabelledPair>();
        var lines = File.ReadAllLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        if (lines.Count == 0)
        {
            throw new InvalidDataException($"Pairs file '{path}' is empty.");
        }

        foreach (var (line, number) in lines.Skip(1).Select((l, i) => (l, i + 2)))
        {
            var fields = line.Split(['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            pairs.Add(fields.Length switch
            {
                3 => new LabelledPair(folder.Photo(fields[0], Number(fields[1], path, number)), folder.Photo(fields[0], Number(fields[2], path, number)), true),
                4 => new LabelledPair(folder.Photo(fields[0], Number(fields[1], path, number)), folder.Photo(fields[2], Number(fields[3], path, number)), false),
                _ => throw new InvalidDataException($"{path}:{number}: expected 'name n1 n2' or 'name1 n1 name2 n2', got '{line}'."),
            });
        }

        return pairs;
    }

    /// <summary>
    /// Every same-person pair of the folder, and as many different-person pairs drawn at random (fixed seed) as there
    /// are photos times <paramref name="impostorsPerPhoto"/>, at most every one there is.
    /// </summary>
    public static IReadOnlyList<LabelledPair> AllPairs(LabelledFolder folder, int impostorsPerPhoto = 20, int seed = 8)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var pairs = new List<LabelledPair>();
        foreach (var photos in folder.Photos.Values)
        {
            for (var i = 0; i < photos.Count; i++)
            {
                for (var j = i + 1; j < photos.Count; j++)
                {
                    pairs.Add(new LabelledPair(photos[i], photos[j], true));
                }
            }
        }

        var all = folder.Photos.SelectMany(p => p.Value.Select(photo => (Person: p.Key, Photo: photo))).ToList();
        var possible = ((long)all.Count * (all.Count - 1) / 2) - pairs.Count;
        var wanted = (int)Math.Min(possible, (long)all.Count * impostorsPerPhoto);
        var random = new Random(seed);
        var seen = new HashSet<(int, int)>();
        while (seen.Count < wanted)
        {
            int a = random.Next(all.Count), b = random.Next(all.Count);
            if (a == b || all[a].Person == all[b].Person || !seen.Add((Math.Min(a, b), Math.Max(a, b))))
            {
                continue;
            }

            pairs.Add(new LabelledPair(all[a].Photo, all[b].Photo, false));
        }

        return pairs;
    }

    private static int Number(string field, string path, int line) =>
        int.TryParse(field, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new InvalidDataException($"{path}:{line}: '{field}' is not a photo number.");
}
