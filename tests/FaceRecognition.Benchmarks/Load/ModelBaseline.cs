using FaceRecognition.Benchmarks.Load.Adapters;
using FaceRecognition.Domain.Imaging;

namespace FaceRecognition.Benchmarks.Load;

/// <summary>The models' own cost of one request of a scenario: median single-thread time inside Run, and the request rate the models alone would sustain on every core.</summary>
internal sealed record ModelCost(string Scenario, double Milliseconds, double RequestsPerSecond);

/// <summary>Measures <see cref="ModelCost"/> for each scenario on its own photos, pre-decoded.</summary>
internal sealed class ModelBaseline(EngineAdapter engine, IReadOnlyList<LoadScenario> scenarios)
{
    private readonly Dictionary<byte[], RgbImage> _decoded = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<ModelCost> Measure(int runs)
    {
        var costs = new List<ModelCost>();
        foreach (var scenario in scenarios)
        {
            var photos = scenario.ModelPhotos.Select(Decoded).ToList();
            engine.ModelMilliseconds(photos); // warm-up
            var times = Enumerable.Range(0, runs).Select(_ => engine.ModelMilliseconds(photos)).ToList();
            var throughput = engine.ModelThroughput(photos, Environment.ProcessorCount, Math.Max(2, runs / 2));
            costs.Add(new ModelCost(scenario.Name, Search.Percentiles.Of(times, 50), throughput));
        }

        return costs;
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
