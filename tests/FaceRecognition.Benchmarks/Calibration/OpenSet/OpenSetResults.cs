using FaceRecognition.Benchmarks.Calibration.Metrics;

namespace FaceRecognition.Benchmarks.Calibration.OpenSet;

/// <summary>One 1:N probe: who it really is (null for a stranger), whom the search ranked first, and that similarity (−∞ when the probe was refused).</summary>
internal readonly record struct Identification(string? Truth, string? Best, double Score, string Photo = "")
{
    public bool IsStranger => Truth is null;

    public bool GrantedAt(double threshold) => Best is not null && Score >= threshold;
}

/// <summary>What a 1:N match decides at one threshold, as shares with 95% intervals.</summary>
/// <param name="RightPerson">TPIR: genuine probes granted as themselves.</param>
/// <param name="WrongPerson">Genuine probes granted as someone else.</param>
/// <param name="StrangersGranted">FPIR: strangers granted as anyone.</param>
internal sealed record OpenSetRates(double Threshold, Proportion RightPerson, Proportion WrongPerson, Proportion StrangersGranted);

/// <summary>The answers of an open-set run: genuine probes (enrolled people) and strangers (never enrolled).</summary>
internal sealed class OpenSetResults
{
    public OpenSetResults(IEnumerable<Identification> probes)
    {
        ArgumentNullException.ThrowIfNull(probes);
        var all = probes.ToList();
        Genuine = all.Where(p => !p.IsStranger).ToList();
        Strangers = all.Where(p => p.IsStranger).ToList();
        StrangerScores = [.. Strangers.Select(s => s.Score).Order()];
    }

    public IReadOnlyList<Identification> Genuine { get; }

    public IReadOnlyList<Identification> Strangers { get; }

    /// <summary>Each stranger's best similarity to anyone enrolled, ascending.</summary>
    public IReadOnlyList<double> StrangerScores { get; }

    public OpenSetRates At(double threshold) => new(
        threshold,
        WilsonInterval.Of(Genuine.Count(p => p.GrantedAt(threshold) && p.Best == p.Truth), Genuine.Count),
        WilsonInterval.Of(Genuine.Count(p => p.GrantedAt(threshold) && p.Best != p.Truth), Genuine.Count),
        WilsonInterval.Of(Strangers.Count(p => p.GrantedAt(threshold)), Strangers.Count));

    /// <summary>The lowest threshold that grants at most <paramref name="targetFpir"/> of the strangers.</summary>
    public RateThreshold ThresholdForFpir(double targetFpir) => OperatingPoints.ThresholdForRate(StrangerScores, targetFpir);
}
