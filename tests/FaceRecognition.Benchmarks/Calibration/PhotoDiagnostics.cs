using static FaceRecognition.Benchmarks.Calibration.Formatting;

namespace FaceRecognition.Benchmarks.Calibration;

/// <summary>One photo of a badly decided pair, as the diagnostics table shows it.</summary>
internal sealed record PhotoDiagnosis(
    string Photo,
    string? Refusal,
    int FacesFound,
    FaceSummary? Chosen,
    FaceSummary? MoreCentral)
{
    public static PhotoDiagnosis Of(PhotoReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return new PhotoDiagnosis(reading.Photo, reading.Refusal, reading.Faces.Count, reading.Chosen, reading.MoreCentralFace);
    }
}

/// <summary>A pair among the worst decided, with both photos diagnosed.</summary>
internal sealed record PairDiagnosis(string Set, bool Genuine, double Similarity, bool WrongAtShipped, PhotoDiagnosis First, PhotoDiagnosis Second);

/// <summary>What the photos say about face choice (issue 8, cause 2), and the worst pairs, photo by photo.</summary>
internal static class PhotoDiagnostics
{
    public sealed record FaceChoiceSummary(
        int Photos, int Refused, int SeveralFaces, int ChosenNearBorder, int PassedOverMoreCentralFace, int ChoseBorderFaceOverCentralFace,
        int GenuineRejects, int GenuineRejectsWithSuchPhoto);

    public static FaceChoiceSummary Summarise(PhotoReadings readings, IEnumerable<ScoredPair> pairs, double shippedThreshold)
    {
        ArgumentNullException.ThrowIfNull(readings);
        var all = readings.All.Values.ToList();
        var rejects = pairs.Where(p => p.Pair.Genuine && !(p.Similarity >= shippedThreshold)).ToList();
        return new FaceChoiceSummary(
            all.Count,
            all.Count(r => !r.HasFace),
            all.Count(r => r.Faces.Count > 1),
            all.Count(r => r.Chosen is { NearBorder: true }),
            all.Count(r => r.MoreCentralFace is not null),
            all.Count(r => r.ChoseBorderFaceOverCentralFace),
            rejects.Count,
            rejects.Count(p => readings[p.Pair.First].ChoseBorderFaceOverCentralFace || readings[p.Pair.Second].ChoseBorderFaceOverCentralFace));
    }

    public static void PrintSummary(FaceChoiceSummary s, double shippedThreshold)
    {
        ArgumentNullException.ThrowIfNull(s);
        Console.WriteLine("### Photos and face choice");
        new MarkdownTable("photos", "count")
            .Row("read", s.Photos)
            .Row("refused (no face / not an image)", s.Refused)
            .Row("with several faces", s.SeveralFaces)
            .Row($"chosen face at the border (within {FaceSummary.NearBorderShare * 100:0}% of the shorter side)", s.ChosenNearBorder)
            .Row("chosen face passed over a more central face that scored at least as high", s.PassedOverMoreCentralFace)
            .Row("  both: a border face chosen over a central one (issue 8, cause 2)", s.ChoseBorderFaceOverCentralFace)
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
        Console.WriteLine(
            $"### Worst pairs, photo by photo (wrong = wrong at the shipped threshold {Threshold(shippedThreshold)}; edge = px from the nearest border, " +
            "BORDER within 5% of the shorter side; offset = centre distance from the image centre / shorter side; more central = a face the choice passed over)");
        var table = new MarkdownTable("set", "pair", "similarity", "wrong", "photo", "faces", "chosen box", "score", "edge", "offset", "more central face (score, offset)") { AlignNumbersRight = false };
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
                    photo.Chosen?.BoxText ?? "–",
                    photo.Chosen is { } c ? Number(c.Score, 3) : "–",
                    photo.Chosen is { } e ? Number(e.EdgeGap, 0) + (e.NearBorder ? " BORDER" : string.Empty) : "–",
                    photo.Chosen is { } o ? Number(o.CentreOffset, 2) : "–",
                    photo.MoreCentral is { } m ? $"{m.BoxText} ({Number(m.Score, 3)}, {Number(m.CentreOffset, 2)})" : string.Empty);
            }
        }

        table.Print();
        Console.WriteLine();
    }
}
