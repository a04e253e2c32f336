using static FaceRecognition.Benchmarks.Calibration.Formatting;

namespace FaceRecognition.Benchmarks.Calibration;

/// <summary>One photo of a badly decided pair, as the diagnostics table shows it.</summary>
internal sealed record PhotoDiagnosis(
    string Photo,
    string? Refusal,
    int FacesFound,
    string? ChosenBox,
    double? ChosenScore,
    bool ChosenCutByBorder,
    string? BetterScoredBox,
    double? BetterScore)
{
    public static PhotoDiagnosis Of(PhotoReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var better = reading.BetterScoredFace;
        return new PhotoDiagnosis(
            reading.Photo,
            reading.Refusal,
            reading.Faces.Count,
            reading.Chosen?.BoxText,
            reading.Chosen?.Score,
            reading.Chosen?.CutByBorder ?? false,
            better?.BoxText,
            better?.Score);
    }
}

/// <summary>A pair among the worst decided, with both photos diagnosed.</summary>
internal sealed record PairDiagnosis(string Set, bool Genuine, double Similarity, bool WrongAtShipped, PhotoDiagnosis First, PhotoDiagnosis Second);

/// <summary>What the photos say about face choice (issue 8, cause 2), and the worst pairs, photo by photo.</summary>
internal static class PhotoDiagnostics
{
    public sealed record FaceChoiceSummary(int Photos, int Refused, int SeveralFaces, int ChosenCutByBorder, int ChosenCutWhileBetterExists, int GenuineRejectsWithSuchPhoto, int GenuineRejects);

    public static FaceChoiceSummary Summarise(PhotoReadings readings, IEnumerable<ScoredPair> pairs, double shippedThreshold)
    {
        ArgumentNullException.ThrowIfNull(readings);
        var all = readings.All.Values.ToList();
        var rejects = pairs.Where(p => p.Pair.Genuine && !(p.Similarity >= shippedThreshold)).ToList();
        return new FaceChoiceSummary(
            all.Count,
            all.Count(r => !r.HasFace),
            all.Count(r => r.Faces.Count > 1),
            all.Count(r => r.Chosen is { CutByBorder: true }),
            all.Count(r => r.ChoseCutFaceOverBetter),
            rejects.Count(p => readings[p.Pair.First].ChoseCutFaceOverBetter || readings[p.Pair.Second].ChoseCutFaceOverBetter),
            rejects.Count);
    }

    public static void PrintSummary(FaceChoiceSummary s, double shippedThreshold)
    {
        ArgumentNullException.ThrowIfNull(s);
        Console.WriteLine("### Photos and face choice");
        new MarkdownTable("photos", "count")
            .Row("read", s.Photos)
            .Row("refused (no face / not an image)", s.Refused)
            .Row("with several faces", s.SeveralFaces)
            .Row("chosen face cut by the border", s.ChosenCutByBorder)
            .Row("chosen face cut by the border while an uncut face scored higher", s.ChosenCutWhileBetterExists)
            .Row($"genuine pairs rejected at {Threshold(shippedThreshold)} (all sets)", s.GenuineRejects)
            .Row("  of which with such a photo", s.GenuineRejectsWithSuchPhoto)
            .Print();
        Console.WriteLine();
    }

    /// <summary>The <paramref name="count"/> lowest genuine and highest impostor pairs of every set.</summary>
    public static IReadOnlyList<PairDiagnosis> Worst(IEnumerable<(string Set, IReadOnlyList<ScoredPair> Pairs)> sets, PhotoReadings readings, double shippedThreshold, int count)
    {
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentNullException.ThrowIfNull(readings);
        var worst = new List<PairDiagnosis>();
        foreach (var (set, pairs) in sets)
        {
            var genuine = pairs.Where(p => p.Pair.Genuine).OrderBy(p => p.Similarity).Take(count);
            var impostor = pairs.Where(p => !p.Pair.Genuine).OrderByDescending(p => p.Similarity).Take(count);
            worst.AddRange(genuine.Concat(impostor).Select(p => new PairDiagnosis(
                set,
                p.Pair.Genuine,
                p.Similarity,
                p.Pair.Genuine != (p.Similarity >= shippedThreshold),
                PhotoDiagnosis.Of(readings[p.Pair.First]),
                PhotoDiagnosis.Of(readings[p.Pair.Second]))));
        }

        return worst;
    }

    public static void PrintWorst(IReadOnlyList<PairDiagnosis> worst, double shippedThreshold)
    {
        ArgumentNullException.ThrowIfNull(worst);
        Console.WriteLine($"### Worst pairs, photo by photo (wrong = wrong at the shipped threshold {Threshold(shippedThreshold)}; cut = box touches the border; better = a higher-scoring face the choice passed over)");
        var table = new MarkdownTable("set", "pair", "similarity", "wrong", "photo", "faces", "chosen box", "score", "cut", "better face (score)") { AlignNumbersRight = false };
        foreach (var pair in worst)
        {
            foreach (var (photo, first) in new[] { (pair.First, true), (pair.Second, false) })
            {
                table.Row(
                    first ? pair.Set : string.Empty,
                    first ? (pair.Genuine ? "genuine" : "impostor") : string.Empty,
                    first ? Threshold(pair.Similarity) : string.Empty,
                    first ? (pair.WrongAtShipped ? "WRONG" : "ok") : string.Empty,
                    photo.Photo,
                    photo.Refusal ?? photo.FacesFound.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    photo.ChosenBox ?? "–",
                    photo.ChosenScore is { } s ? Number(s, 3) : "–",
                    photo.ChosenCutByBorder ? "CUT" : string.Empty,
                    photo.BetterScoredBox is null ? string.Empty : $"{photo.BetterScoredBox} ({Number(photo.BetterScore!.Value, 3)})");
            }
        }

        table.Print();
        Console.WriteLine();
    }
}
