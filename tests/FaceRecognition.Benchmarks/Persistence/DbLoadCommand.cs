using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Infrastructure.Persistence;
using FaceRecognition.Infrastructure.Persistence.Dialects;
using FaceRecognition.Infrastructure.Persistence.Migrations;
using FaceRecognition.IntegrationTests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FaceRecognition.Benchmarks.Persistence;

/// <summary>
/// Bulk-loads N random faces into a private MariaDB and a temp SQLite file, then times a full
/// <see cref="IGalleryStore.ReadAllFacesAsync"/> (what an index rebuild does) on each.
/// </summary>
internal sealed class DbLoadCommand : IBenchCommand
{
    private const int DefaultRows = 100_000;
    private const int FacesPerSubject = 10;
    private const int RowsPerInsert = 500;
    private const int Dimension = 512;
    private const int ReadRuns = 3;

    public string Name => "dbload";

    public string Description => $"insert N random faces (default {DefaultRows}) into MariaDB and SQLite, time ReadAllFacesAsync";

    public async Task<int> RunAsync(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : DefaultRows;
        var results = new List<(string Provider, double LoadSeconds, double ReadSeconds, long Rows)>();

        await using (var server = await MariaDbServer.StartNewAsync())
        {
            results.Add(await MeasureAsync("MySql", new() { ["Storage:Provider"] = "MySql", ["Storage:MySqlConnectionString"] = server.ConnectionString }, rows));
        }

        var directory = Directory.CreateTempSubdirectory("fr-dbload-").FullName;
        try
        {
            results.Add(await MeasureAsync("Sqlite", new() { ["Storage:Provider"] = "Sqlite", ["Storage:SqlitePath"] = Path.Combine(directory, "bench.db") }, rows));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }

        var baseline = results[0].ReadSeconds;
        Console.WriteLine();
        Console.WriteLine($"ReadAllFacesAsync, {Dimension}-d float32 embeddings, best of {ReadRuns} runs (ratio vs MySql in this run)");
        Console.WriteLine("| provider | rows | load s | read s | rows/s | MB read | ratio |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            var megabytes = r.Rows * Dimension * sizeof(float) / 1e6;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {r.Provider} | {r.Rows} | {r.LoadSeconds:F2} | {r.ReadSeconds:F2} | {r.Rows / r.ReadSeconds:F0} | {megabytes:F0} | {r.ReadSeconds / baseline:F2} |"));
        }

        return results.All(r => r.Rows == rows) ? 0 : 1;
    }

    private static async Task<(string, double, double, long)> MeasureAsync(string provider, Dictionary<string, string?> settings, int rows)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var services = new ServiceCollection().AddLogging().AddPersistence(configuration).BuildServiceProvider();
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        var store = services.GetRequiredService<IGalleryStore>();

        var load = Stopwatch.StartNew();
        await BulkInsertAsync(services.GetRequiredService<ISqlDialect>(), store, rows);
        load.Stop();
        Console.WriteLine($"{provider}: inserted {rows} faces in {load.Elapsed.TotalSeconds:F2} s");

        var best = double.MaxValue;
        long count = 0;
        for (var run = 0; run < ReadRuns; run++)
        {
            var read = Stopwatch.StartNew();
            count = 0;
            await foreach (var face in store.ReadAllFacesAsync(CancellationToken.None))
            {
                count += face.Embedding.Dimension == Dimension ? 1 : 0;
            }

            read.Stop();
            best = Math.Min(best, read.Elapsed.TotalSeconds);
            Console.WriteLine($"{provider}: read {count} faces in {read.Elapsed.TotalSeconds:F2} s");
        }

        return (provider, load.Elapsed.TotalSeconds, best, count);
    }

    // Multi-row INSERTs straight through the dialect's connection: the store's per-enrolment path would spend the
    // whole bench on round trips, and loading is not what is measured.
    private static async Task BulkInsertAsync(ISqlDialect dialect, IGalleryStore store, int rows)
    {
        var gallery = await store.GetOrCreateGalleryAsync("bench", CancellationToken.None);
        var random = new Random(42);
        var subjectIds = new List<long>();
        for (var s = 0; s < (rows + FacesPerSubject - 1) / FacesPerSubject; s++)
        {
            subjectIds.Add((await store.UpsertSubjectAsync(gallery.Id, $"person-{s}", $"Person {s}", CancellationToken.None)).Id);
        }

        await using var connection = await dialect.OpenAsync(CancellationToken.None);
        await using var transaction = await dialect.BeginWriteTransactionAsync(connection, CancellationToken.None);
        var createdAt = DateTime.UtcNow;
        for (var start = 0; start < rows; start += RowsPerInsert)
        {
            var count = Math.Min(RowsPerInsert, rows - start);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var values = new List<string>(count);
            for (var i = 0; i < count; i++)
            {
                values.Add($"(@g, @s{i}, @e{i}, 'bench', @c)");
                AddParameter(command, $"@s{i}", subjectIds[(start + i) / FacesPerSubject]);
                AddParameter(command, $"@e{i}", RandomEmbeddingBytes(random));
            }

            AddParameter(command, "@g", gallery.Id);
            AddParameter(command, "@c", createdAt);
#pragma warning disable CA2100 // Only parameter placeholders are spliced in; every value is a parameter.
            command.CommandText = $"INSERT INTO faces (gallery_id, subject_id, embedding, model_id, created_at) VALUES {string.Join(", ", values)};";
#pragma warning restore CA2100
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static byte[] RandomEmbeddingBytes(Random random)
    {
        var raw = new float[Dimension];
        for (var i = 0; i < raw.Length; i++)
        {
            raw[i] = (float)((random.NextDouble() * 2) - 1);
        }

        return Domain.Faces.Embedding.FromRaw(raw).ToBytes();
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
