using System.Net;
using FaceRecognition.Domain.Galleries;
using FaceRecognition.Infrastructure.Persistence;
using FaceRecognition.IntegrationTests.Galleries;
using FaceRecognition.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using MySqlConnector;

namespace FaceRecognition.IntegrationTests.Persistence;

/// <summary>
/// Connections killed by the server (KILL CONNECTION from a second session, as an operator, a failover or a Galera
/// node restart would) are retried by the execution strategy: the caller sees success, never a 5xx, and nothing is
/// stored twice.
/// </summary>
[NonParallelizable]
public sealed class MySqlTransientErrorTests
{
    [Test]
    public async Task AddFaces_Succeeds_WhenItsConnectionIsKilledWhileItWaitsForALock()
    {
        var server = await SharedMariaDb.GetAsync();
        var connectionString = await server.CreateDatabaseAsync("kill_" + Guid.NewGuid().ToString("N"));
        await using var harness = await PersistenceHarness.CreateAsync(PersistenceHarness.MySqlSettings(connectionString), null, migrate: true);
        var gallery = (await harness.Galleries.FindGalleryAsync(Gallery.DefaultName, CancellationToken.None))!;
        var subject = await harness.Galleries.UpsertSubjectAsync(gallery.Id, "kim", "Kim", CancellationToken.None);

        // A second session holds the subject row, so the enrolment's transaction blocks on it with its connection open.
        await using var control = new MySqlConnection(connectionString);
        await control.OpenAsync();
        await using var transaction = await control.BeginTransactionAsync();
        await ExecuteAsync(control, $"SELECT id FROM subjects WHERE id = {subject.Id} FOR UPDATE", transaction);

        var enrol = harness.Galleries.AddFacesAsync(gallery.Id, subject.Id, [TestEmbeddings.Random(new Random(11))], "m", 20, CancellationToken.None);
        var victim = await WaitForBlockedConnectionAsync(control, transaction);
        await ExecuteAsync(control, $"KILL CONNECTION {victim}", transaction);
        await transaction.RollbackAsync();
        var stored = await enrol.WaitAsync(TimeSpan.FromSeconds(30));

        await using var db = harness.CreateContext();
        var faces = await db.Faces.CountAsync(f => f.SubjectId == subject.Id);
        Assert.Multiple(() =>
        {
            Assert.That(stored, Has.Count.EqualTo(1), "the retried enrolment succeeded");
            Assert.That(faces, Is.EqualTo(1), "and stored its face once");
        });
    }

    [Test]
    public async Task Enrolment_NeverAnswers5xx_WhileEveryServiceConnectionIsKilledInALoop()
    {
        const int Enrolments = 8;
        var server = await SharedMariaDb.GetAsync();
        var database = "killloop_" + Guid.NewGuid().ToString("N")[..12];
        var connectionString = await server.CreateDatabaseAsync(database);
        await using var service = new TestService(PersistenceHarness.MySqlSettings(connectionString));
        using var client = service.CreateApiClient();
        var api = new GalleryApi(client);
        await api.GetAsync("/api/v1/galleries");

        using var stop = new CancellationTokenSource();
        var killer = KillLoopAsync(connectionString, database, stop.Token);
        var statuses = new List<HttpStatusCode>();
        try
        {
            for (var i = 0; i < Enrolments; i++)
            {
                var person = SampleFacePhotos.All[i % SampleFacePhotos.All.Count];
                using var form = Multipart.Form(("name", $"P{i}"), ("images", person.Portrait()));
                using var response = await client.PostAsync(new Uri($"/api/v1/galleries/killed/subjects/p{i}/faces", UriKind.Relative), form);
                statuses.Add(response.StatusCode);
            }
        }
        finally
        {
            await stop.CancelAsync();
        }

        var kills = await killer;
        var subjects = await api.GetAsync("/api/v1/galleries/killed/subjects");
        Assert.Multiple(() =>
        {
            Assert.That(kills, Is.GreaterThan(0), "connections were killed during the run");
            Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.Created));
            Assert.That(subjects.GetArrayLength(), Is.EqualTo(Enrolments));
            Assert.That(subjects.EnumerateArray().Select(s => s.GetProperty("face_count").GetInt32()), Is.All.EqualTo(1), "no face stored twice by a retry");
        });
    }

    // Often enough that most requests meet a killed connection (pooled or in use), rarely enough that a retry has a
    // chance: killing everything every few milliseconds is an outage, which ends in a 503 after the retries.
    private static readonly TimeSpan KillInterval = TimeSpan.FromMilliseconds(100);

    // Kills every connection the service holds to its database, every KillInterval, until stopped.
    private static async Task<int> KillLoopAsync(string connectionString, string database, CancellationToken stop)
    {
        var kills = 0;
        await using var control = new MySqlConnection(connectionString);
        await control.OpenAsync(CancellationToken.None);
        while (!stop.IsCancellationRequested)
        {
            foreach (var id in await ServiceConnectionsAsync(control, database))
            {
                try
                {
                    await ExecuteAsync(control, $"KILL CONNECTION {id}", null);
                    kills++;
                }
                catch (MySqlException)
                {
                    // It closed by itself in the meantime.
                }
            }

            try
            {
                await Task.Delay(KillInterval, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return kills;
    }

    private static async Task<List<long>> ServiceConnectionsAsync(MySqlConnection control, string database)
    {
        await using var command = control.CreateCommand();
        command.CommandText = "SELECT id FROM information_schema.processlist WHERE db = @db AND id <> CONNECTION_ID()";
        command.Parameters.AddWithValue("@db", database);
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
        }

        return ids;
    }

    private static async Task<long> WaitForBlockedConnectionAsync(MySqlConnection control, MySqlTransaction transaction)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            await using var command = control.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT id FROM information_schema.processlist WHERE info LIKE 'UPDATE%subjects%' AND id <> CONNECTION_ID()";
            if (await command.ExecuteScalarAsync() is { } id)
            {
                return Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture);
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The enrolment never blocked on the subject row.");
    }

    private static async Task ExecuteAsync(MySqlConnection connection, string sql, MySqlTransaction? transaction)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Ids come from the server's own process list.
        command.CommandText = sql;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }
}
