using System.Diagnostics;
using FaceRecognition.Benchmarks.Calibration.Metrics;
using FaceRecognition.Benchmarks.Calibration.OpenSet;
using static FaceRecognition.Benchmarks.Calibration.Formatting;

namespace FaceRecognition.Benchmarks.Calibration;

/// <summary>
/// `calibrate --dataset DIR [--pairs FILE] [--test-pairs FILE] [--open-set] [--worst N] [--json FILE] [--service-args "..."]`:
/// labelled photos through the service's own pipeline; similarity distributions, ROC, EER, TAR at FAR, the
/// threshold for each, the calibration set's operating points on the held-out set, and an open-set 1:N proxy.
/// </summary>
internal sealed class CalibrateCommand : IBenchCommand
{
    private static readonly double[] TargetFpirs = [1e-2, 2e-3, 1e-3];
    private static readonly int[] GallerySizes = [1, 10, 100, 300, 1_000, 3_000, 10_000, 100_000, 1_000_000];

    public string Name => "calibrate";

    public string Description => "1:1 and 1:N accuracy on labelled photos (--dataset DIR [--pairs F] [--test-pairs F] [--open-set] [--worst N] [--json F])";

    public Task<int> RunAsync(string[] args)
    {
        var arguments = new BenchArguments(args, "--open-set");
        var dataset = arguments.Text("--dataset") ?? throw new ArgumentException("calibrate needs --dataset DIR (a folder of <person>/<photo>, or LFW's layout with images/).");
        var pairsPath = arguments.Text("--pairs");
        var testPairsPath = arguments.Text("--test-pairs");
        var openSet = arguments.Has("--open-set");
        var worstCount = arguments.Integer("--worst", 0);
        var jsonPath = arguments.Text("--json");
        var serviceArgs = arguments.Text("--service-args", string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var draws = arguments.Integer("--gallery-draws", 20);
        arguments.RejectUnknown();

        var watch = Stopwatch.StartNew();
        var folder = LabelledFolder.Open(dataset);
        if (pairsPath is null && testPairsPath is null && File.Exists(Path.Combine(dataset, "pairsDevTrain.txt")))
        {
            pairsPath = Path.Combine(dataset, "pairsDevTrain.txt");
            testPairsPath = File.Exists(Path.Combine(dataset, "pairsDevTest.txt")) ? Path.Combine(dataset, "pairsDevTest.txt") : null;
        }

        var calibrationPairs = pairsPath is null ? PairsFile.AllPairs(folder) : PairsFile.Read(Locate(pairsPath, dataset), folder);
        var testPairs = testPairsPath is null ? null : PairsFile.Read(Locate(testPairsPath, dataset), folder);
        var calibrationName = pairsPath is null ? "all-pairs" : Path.GetFileNameWithoutExtension(pairsPath);
        var testName = testPairsPath is null ? null : Path.GetFileNameWithoutExtension(testPairsPath);

        using var pipeline = ServicePipeline.Create(serviceArgs);
        var needed = calibrationPairs.Concat(testPairs ?? []).SelectMany(p => new[] { p.First, p.Second });
        if (openSet)
        {
            needed = needed.Concat(folder.Photos.Values.SelectMany(p => p));
        }

        Console.Error.WriteLine($"calibrate: reading photos of {folder.Photos.Count} people through the service pipeline…");
        var readings = PhotoReadings.Read(pipeline, folder, needed);
        var shipped = pipeline.ShippedThreshold;

        Console.WriteLine($"## calibrate: {folder.Photos.Count:N0} people, {readings.All.Count:N0} photos read in {readings.Elapsed.TotalSeconds:0} s");
        Console.WriteLine($"pipeline: the service's FacePipeline (largest face), model {pipeline.ModelId}; shipped threshold {Threshold(shipped)} ({ServicePipeline.ShippedThresholdSource} from the service's settings)");
        Console.WriteLine($"calibration pairs: {calibrationName} ({calibrationPairs.Count:N0}){(testPairs is null ? "; no held-out pairs: figures are fitted and reported on the same pairs" : $"; held-out pairs: {testName} ({testPairs.Count:N0})")}");
        Console.WriteLine();

        var calibrationScored = ScoredPair.Score(calibrationPairs, readings);
        var testScored = testPairs is null ? null : ScoredPair.Score(testPairs, readings);
        var calibrationScores = ScoredPair.ToScoreSet(calibrationScored);
        var testScores = testScored is null ? null : ScoredPair.ToScoreSet(testScored);
        var summaries = new List<PairSetSummary> { PairSetSummary.Of(calibrationName, calibrationScores, shipped) };
        if (testScores is not null)
        {
            summaries.Add(PairSetSummary.Of(testName!, testScores, shipped));
        }

        var faceChoice = PhotoDiagnostics.Summarise(readings, calibrationScored.Concat(testScored ?? []), shipped);
        PhotoDiagnostics.PrintSummary(faceChoice, shipped);
        PairSetPrinter.Distributions(summaries);
        PairSetPrinter.RocSummary(summaries, shipped);

        var calibration = summaries[0];
        var operatingPoints = new List<(string Name, double Threshold)>
        {
            ($"shipped ({ServicePipeline.ShippedThresholdSource})", shipped),
            ("EER", calibration.EqualErrorRate.Threshold),
            ("best single threshold", calibration.BestAccuracy.Threshold),
        };
        operatingPoints.AddRange(calibration.TarAtFar.Select(p => ($"FAR {Rate(p.TargetFar)}{(p.Resolved ? string.Empty : " (unresolved)")}", p.Threshold)));
        var heldOut = testScores is null
            ? []
            : operatingPoints.Select(p => (Decision.Of(p.Name, calibrationScores, p.Threshold), Decision.Of(p.Name, testScores, p.Threshold))).ToList();
        if (testScores is not null)
        {
            PairSetPrinter.HeldOut(heldOut, calibrationName, testName!);
        }

        object? openSetJson = null;
        if (openSet)
        {
            openSetJson = RunOpenSet(pipeline, folder, readings, shipped, calibration, [calibrationScores, .. testScores is null ? Array.Empty<ScoreSet>() : [testScores]], summaries.Select(s => s.Name).ToList(), draws, worstCount);
        }

        IReadOnlyList<PairDiagnosis> worst = [];
        if (worstCount > 0)
        {
            var sets = new List<(string, IReadOnlyList<ScoredPair>)> { (calibrationName, calibrationScored) };
            if (testScored is not null)
            {
                sets.Add((testName!, testScored));
            }

            worst = PhotoDiagnostics.Worst(sets, readings, shipped, worstCount);
            PhotoDiagnostics.PrintWorst(worst, shipped);
        }

        Console.WriteLine($"calibrate took {watch.Elapsed.TotalSeconds:0} s");
        if (jsonPath is not null)
        {
            var json = new
            {
                dataset = Path.GetFullPath(dataset),
                people = folder.Photos.Count,
                photosRead = readings.All.Count,
                modelId = pipeline.ModelId,
                shippedThreshold = new { setting = ServicePipeline.ShippedThresholdSource, value = shipped },
                faceChoice,
                sets = summaries,
                heldOut = heldOut.Select(r => new { calibration = r.Item1, heldOut = r.Item2 }),
                openSet = openSetJson,
                worst,
            };
            BenchJson.Write(jsonPath, json);
        }

        return Task.FromResult(0);
    }

    private static object RunOpenSet(
        ServicePipeline pipeline, LabelledFolder folder, PhotoReadings readings, double shipped, PairSetSummary calibration,
        IReadOnlyList<ScoreSet> pairSets, IReadOnlyList<string> setNames, int draws, int worstCount)
    {
        var (setup, results) = OpenSetProxy.Run(pipeline, folder, readings);
        var rows = new List<(string, OpenSetRates)> { ($"shipped ({ServicePipeline.ShippedThresholdSource})", results.At(shipped)) };
        rows.AddRange(TargetFpirs.Select(target =>
        {
            var t = results.ThresholdForFpir(target);
            return ($"FPIR {Rate(target)} (fitted on these strangers){(t.Resolved ? string.Empty : " *")}", results.At(t.Threshold));
        }));
        rows.Add(("1:1 best single threshold", results.At(calibration.BestAccuracy.Threshold)));
        rows.AddRange(calibration.TarAtFar.Select(p => ($"1:1 FAR {Rate(p.TargetFar)}", results.At(p.Threshold))));
        OpenSetPrinter.Rates(setup, rows, results.StrangerScores);
        if (worstCount > 0)
        {
            OpenSetPrinter.Worst(results, shipped, worstCount);
        }

        var curve = OpenSetProxy.GallerySizeCurve(folder, readings);
        var perComparison = OpenSetPrinter.PerComparisonPoints(curve, pairSets);
        OpenSetPrinter.PerComparison(curve, perComparison, setNames);
        var random = new Random(20261129);
        var sizes = GallerySizes.Append(curve.PoolSize).Distinct().Order().ToList();
        var points = sizes.Select(n => curve.At(n, shipped, [1e-2, 1e-3], draws, random)).ToList();
        OpenSetPrinter.GallerySize(points, shipped, [1e-2, 1e-3]);
        return new
        {
            setup,
            search = "service IFaceIndex, top 1",
            rows = rows.Select(r => new { operatingPoint = r.Item1, rates = r.Item2 }),
            strangerScores = results.StrangerScores.Where(double.IsFinite),
            perComparison = new { comparisons = curve.PerComparison.Length, tail = curve.Tail, points = perComparison },
            gallerySize = points,
        };
    }

    private static string Locate(string path, string dataset) =>
        File.Exists(path) ? path
        : File.Exists(Path.Combine(dataset, path)) ? Path.Combine(dataset, path)
        : throw new FileNotFoundException($"Pairs file '{path}' not found (also looked in '{dataset}').");
}
