using FaceRecognition.Benchmarks.Load.Adapters;
using FaceRecognition.Domain.Imaging;

namespace FaceRecognition.Benchmarks.Load;

/// <summary>The models' own cost of one request of a scenario: median single-thread time inside Run, and the request rate the models alone would sustain on every core.</summary>
internal sealed record ModelCost(double Milliseconds, double RequestsPerSecond);

/// <summary>
/// Measures <see cref="ModelCost"/> for a scenario on its own photos, pre-decoded. The load bench measures it right
/// before each cell, so that on a shared machine the service and its baseline see the same load.
/// </summary>
internal sealed class ModelBaseline(EngineAdapter engine)
{
    private readonly Dictionary<byte[], RgbImage> _decoded = new(ReferenceEqualityComparer.Instance);

    public ModelCost Measure(LoadScenario scenario, int runs)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var photos = scenario.ModelPhotos.Select(Decoded).ToList();
        engine.ModelMilliseconds(photos); // warm-up
        var times = Enumerable.Range(0, runs).Select(_ => engine.ModelMilliseconds(photos)).ToList();
        var throughput = engine.ModelThroughput(photos, Environment.ProcessorCount, Math.Max(2, runs / Environment.ProcessorCount));
        return new ModelCost(Search.Percentiles.Of(times, 50), throughput);
    }

    private RgbImage Decoded(byte[] jpeg)
    {
        if (!_decoded.TryGetValue(jpeg, out var image))
        {
            image = engine.Decode(jpeg);
            _decoded[jpeg] = image;
        }

        return image;
    }
}
