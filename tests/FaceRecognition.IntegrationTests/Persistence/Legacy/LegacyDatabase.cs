using System.Data.Common;
using FaceRecognition.Domain.Faces;
using FaceRecognition.Infrastructure.Persistence;
using FaceRecognition.IntegrationTests.Support;
using Microsoft.Data.Sqlite;
using MySqlConnector;

namespace FaceRecognition.IntegrationTests.Persistence.Legacy;

/// <summary>
/// A database as release 0.1 left it: its schema script (kept verbatim beside this file) and rows written the way
/// its Dapper stores wrote them (the driver binding every value, timestamps UTC at microsecond precision).
/// </summary>
internal sealed class LegacyDatabase(StorageProvider provider, string target)
{
    public const string ModelId = "fr_feature@release-0.1";

    public List<LegacyGallery> Galleries { get; } = [];

    public List<LegacySubject> Subjects { get; } = [];

    public List<LegacyFace> Faces { get; } = [];

    public List<LegacyAccount> Accounts { get; } = [];

    public List<(string Username, DateTime FailedAt)> Failures { get; } = [];

    public List<(string TokenId, DateTime ExpiresAt)> RevokedTokens { get; } = [];

    /// <summary>The highest face id ever handed out (a deleted face's id must not come back).</summary>
    public long HighestFaceId { get; private set; }

    /// <summary>Creates the 0.1 schema on <paramref name="target"/> (a SQLite path or a MySQL connection string) and fills it.</summary>
    public static async Task<LegacyDatabase> CreateAsync(StorageProvider provider, string target)
    {
        var database = new LegacyDatabase(provider, target);
        await using var connection = database.Connect();
        await connection.OpenAsync();
        var script = provider == StorageProvider.Sqlite ? "sqlite-release-0.1.sql" : "mysql-release-0.1.sql";
        await ExecuteAsync(connection, await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "tests", "FaceRecognition.IntegrationTests", "Persistence", "Legacy", script)));
        await database.FillAsync(connection);
        return database;
    }

    private DbConnection Connect() => provider == StorageProvider.Sqlite
        ? new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, ForeignKeys = true, Pooling = false }.ToString())
        : new MySqlConnection(target);

    private async Task FillAsync(DbConnection connection)
    {
        var random = new Random(2026);
        var at = new DateTime(2026, 3, 14, 9, 26, 53, DateTimeKind.Utc).AddTicks(5_897_930);
        var defaultGallery = (long)(await ScalarAsync(connection, "SELECT id FROM galleries WHERE name = 'default'"))!;
        Galleries.Add(new LegacyGallery(defaultGallery, "default"));
        var lobby = await InsertAsync(connection, "INSERT INTO galleries (name, created_at) VALUES (@name, @at)", ("name", "lobby"), ("at", at));
        Galleries.Add(new LegacyGallery(lobby, "lobby"));

        foreach (var (gallery, externalId, name, faces) in new[] { (lobby, "alice", "Alice Smith", 2), (lobby, "bob", "Bob", 1), (defaultGallery, "carol", "Carol Ng", 3) })
        {
            var subject = await InsertAsync(connection, "INSERT INTO subjects (gallery_id, external_id, name, created_at) VALUES (@g, @e, @n, @at)", ("g", gallery), ("e", externalId), ("n", name), ("at", at));
            Subjects.Add(new LegacySubject(subject, gallery, externalId, name));
            for (var i = 0; i < faces; i++)
            {
                var embedding = TestEmbeddings.Random(random).ToBytes();
                var id = await InsertAsync(
                    connection,
                    "INSERT INTO faces (gallery_id, subject_id, embedding, model_id, created_at) VALUES (@g, @s, @b, @m, @at)",
                    ("g", gallery), ("s", subject), ("b", embedding), ("m", ModelId), ("at", at));
                Faces.Add(new LegacyFace(id, gallery, subject, embedding));
                HighestFaceId = Math.Max(HighestFaceId, id);
            }
        }

        // Carol's last face was deleted in 0.1: its id stays used.
        var deleted = Faces[^1];
        await ExecuteAsync(connection, "DELETE FROM faces WHERE id = @id", ("id", deleted.Id));
        Faces.Remove(deleted);

        foreach (var (username, email) in new[] { ("ann", "ann@example.org"), ("bo", "bo@example.org") })
        {
            var template = TestEmbeddings.Random(random).ToBytes();
            var hash = "AQAAAAIAAYagAAAAE" + username.ToUpperInvariant() + new string('x', 40);
            var id = await InsertAsync(
                connection,
                "INSERT INTO accounts (username, email, password_hash, face_template, model_id, created_at) VALUES (@u, @e, @h, @t, @m, @at)",
                ("u", username), ("e", email), ("h", hash), ("t", template), ("m", ModelId), ("at", at));
            Accounts.Add(new LegacyAccount(id, username, email, hash, template, at));
        }

        foreach (var minutes in new[] { 3, 1 })
        {
            var failedAt = DateTime.UtcNow.AddMinutes(-minutes);
            failedAt = new DateTime(failedAt.Ticks - (failedAt.Ticks % 10), DateTimeKind.Utc);
            await ExecuteAsync(connection, "INSERT INTO signin_failures (username, failed_at) VALUES (@u, @at)", ("u", "ann"), ("at", failedAt));
            Failures.Add(("ann", failedAt));
        }

        foreach (var (token, hours) in new[] { ("jti-live-1", 1), ("jti-live-2", 2) })
        {
            var expiresAt = DateTime.UtcNow.AddHours(hours);
            await ExecuteAsync(connection, "INSERT INTO revoked_tokens (token_id, expires_at) VALUES (@t, @at)", ("t", token), ("at", expiresAt));
            RevokedTokens.Add((token, expiresAt));
        }
    }

    private async Task<long> InsertAsync(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var lastId = provider == StorageProvider.Sqlite ? "last_insert_rowid()" : "LAST_INSERT_ID()";
        return Convert.ToInt64(await ScalarAsync(connection, $"{sql}; SELECT {lastId};", parameters), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteScalarAsync();
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        await command.ExecuteNonQueryAsync();
    }

    private static DbCommand Command(DbConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // Fixture SQL from the repository; values are parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}

internal sealed record LegacyGallery(long Id, string Name);

internal sealed record LegacySubject(long Id, long GalleryId, string ExternalId, string Name);

internal sealed record LegacyFace(long Id, long GalleryId, long SubjectId, byte[] Embedding);

internal sealed record LegacyAccount(long Id, string Username, string Email, string PasswordHash, byte[] FaceTemplate, DateTime CreatedAt);
