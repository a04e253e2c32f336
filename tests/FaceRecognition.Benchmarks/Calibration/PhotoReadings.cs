using System.Collections.Concurrent;
using System.Diagnostics;

namespace FaceRecognition.Benchmarks.Calibration;

/// <summary>Every photo a run needs, read once through the service pipeline (on every core) and kept for the run.</summary>
internal sealed class PhotoReadings
{
    private readonly ConcurrentDictionary<string, PhotoReading> _readings = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, PhotoReading> All => _readings;

    public PhotoReading this[string photo] => _readings[photo];

    public TimeSpan Elapsed { get; private set; }

    public static PhotoReadings Read(ServicePipeline pipeline, LabelledFolder folder, IEnumerable<string> photos)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(folder);
        var readings = new PhotoReadings();
        var todo = photos.Distinct(StringComparer.Ordinal).ToList();
        var watch = Stopwatch.StartNew();
        var done = 0;
        Parallel.ForEach(todo, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, photo =>
        {
            readings._readings[photo] = pipeline.Read(photo, File.ReadAllBytes(folder.FullPath(photo)));
            var count = Interlocked.Increment(ref done);
            if (count % 500 == 0 || count == todo.Count)
            {
                Console.Error.WriteLine($"  read {count}/{todo.Count} photos ({watch.Elapsed.TotalSeconds:0} s)");
            }
        });
        readings.Elapsed = watch.Elapsed;
        return readings;
    }
}
