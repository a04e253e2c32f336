using System.Diagnostics;
using System.Globalization;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Benchmarks.Search;
using FaceRecognition.Infrastructure.Persistence;
using FaceRecognition.Infrastructure.Persistence.Schema;
using FaceRecognition.IntegrationTests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FaceRecognition.Benchmarks.Persistence;

/// <summary>
/// Per provider (a private MariaDB and a temp SQLite file): bulk-loads N random faces, times a full
/// <see cref="IGalleryStore.ReadAllFacesAsync"/> (the start-up index load), then times the store calls of one
/// enrolment and of one face deletion as the handlers make them.
/// </summary>
internal sealed class DbLoadCommand : IBenchCommand
{
    private const int DefaultRows = 100_000;
    private const int ReadRuns = 3;
    private const int LatencyRuns = 300;

    public string Name => "dbload";

    public string Description => $"N random faces (default {DefaultRows}) into MariaDB and SQLite: index load time, enrol and delete latency";

    public async Task<int> RunAsync(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : DefaultRows;
        var results = new List<Result>();

        await using (var server = await MariaDbServer.StartNewAsync())
        {
            results.Add(await MeasureAsync("MySql", new() { ["Storage:Provider"] = "MySql", ["Storage:MySqlConnectionString"] = server.ConnectionString }, BulkFaces.MySql(server.ConnectionString), rows));
        }

        var directory = Directory.CreateTempSubdirectory("fr-dbload-").FullName;
        try
        {
            var path = Path.Combine(directory, "bench.db");
            results.Add(await MeasureAsync("Sqlite", new() { ["Storage:Provider"] = "Sqlite", ["Storage:SqlitePath"] = path }, BulkFaces.Sqlite(path), rows));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }

        Console.WriteLine();
        Console.WriteLine($"{rows} faces of {BulkFaces.Dimension}-d float32; load = ReadAllFacesAsync, best of {ReadRuns}; enrol/delete = store calls of one request, {LatencyRuns} runs");
        Console.WriteLine("| provider | rows | load s | rows/s | enrol p50 ms | enrol p95 ms | delete p50 ms | delete p95 ms |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {r.Provider} | {r.Rows} | {r.ReadSeconds:F2} | {r.Rows / r.ReadSeconds:F0} | {Percentiles.Of(r.EnrolMs, 50):F2} | {Percentiles.Of(r.EnrolMs, 95):F2} | {Percentiles.Of(r.DeleteMs, 50):F2} | {Percentiles.Of(r.DeleteMs, 95):F2} |"));
        }

        return results.All(r => r.Rows == rows) ? 0 : 1;
    }

    private static async Task<Result> MeasureAsync(string provider, Dictionary<string, string?> settings, BulkFaces bulk, int rows)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var services = new ServiceCollection().AddLogging().AddPersistence(configuration).BuildServiceProvider();
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        var store = services.GetRequiredService<IGalleryStore>();

        var load = Stopwatch.StartNew();
        await bulk.InsertAsync(store, rows);
        Console.WriteLine($"{provider}: inserted {rows} faces in {load.Elapsed.TotalSeconds:F2} s");

        var best = double.MaxValue;
        long count = 0;
        for (var run = 0; run < ReadRuns; run++)
        {
            var read = Stopwatch.StartNew();
            count = 0;
            await foreach (var face in store.ReadAllFacesAsync(CancellationToken.None))
            {
                count += face.Embedding.Dimension == BulkFaces.Dimension ? 1 : 0;
            }

            best = Math.Min(best, read.Elapsed.TotalSeconds);
            Console.WriteLine($"{provider}: read {count} faces in {read.Elapsed.TotalSeconds:F2} s");
        }

        var (enrol, delete) = await StoreLatency.MeasureAsync(store, LatencyRuns);
        return new Result(provider, best, count, enrol, delete);
    }

    private sealed record Result(string Provider, double ReadSeconds, long Rows, IReadOnlyList<double> EnrolMs, IReadOnlyList<double> DeleteMs);
}
