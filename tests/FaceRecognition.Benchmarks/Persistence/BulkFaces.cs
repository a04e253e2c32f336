using System.Data.Common;
using FaceRecognition.Application.Common.Interfaces;
using Microsoft.Data.Sqlite;
using MySqlConnector;

namespace FaceRecognition.Benchmarks.Persistence;

/// <summary>
/// Fills the faces table fast with multi-row INSERTs on a plain connection: the per-enrolment path would spend the
/// whole bench on round trips, and loading is not what is measured.
/// </summary>
internal sealed class BulkFaces(Func<DbConnection> connect)
{
    public const int Dimension = 512;
    private const int FacesPerSubject = 10;
    private const int RowsPerInsert = 500;

    public static BulkFaces MySql(string connectionString) => new(() => new MySqlConnection(connectionString));

    public static BulkFaces Sqlite(string path) => new(() => new SqliteConnection($"Data Source={path};Foreign Keys=true"));

    public async Task InsertAsync(IGalleryStore store, int rows)
    {
        var gallery = await store.GetOrCreateGalleryAsync("bench", CancellationToken.None);
        var random = new Random(42);
        var subjectIds = new List<long>();
        for (var s = 0; s < (rows + FacesPerSubject - 1) / FacesPerSubject; s++)
        {
            subjectIds.Add((await store.UpsertSubjectAsync(gallery.Id, $"person-{s}", $"Person {s}", CancellationToken.None)).Id);
        }

        await using var connection = connect();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var createdAt = DateTime.UtcNow;
        for (var start = 0; start < rows; start += RowsPerInsert)
        {
            var count = Math.Min(RowsPerInsert, rows - start);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var values = new List<string>(count);
            for (var i = 0; i < count; i++)
            {
                values.Add($"(@p{i}, @g, @s{i}, @e{i}, 'bench', @c)");
                AddParameter(command, $"@p{i}", Guid.CreateVersion7());
                AddParameter(command, $"@s{i}", subjectIds[(start + i) / FacesPerSubject]);
                AddParameter(command, $"@e{i}", RandomEmbeddingBytes(random));
            }

            AddParameter(command, "@g", gallery.Id);
            AddParameter(command, "@c", createdAt);
#pragma warning disable CA2100 // Only parameter placeholders are spliced in; every value is a parameter.
            command.CommandText = $"INSERT INTO faces (public_id, gallery_id, subject_id, embedding, model_id, created_at) VALUES {string.Join(", ", values)};";
#pragma warning restore CA2100
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    public static byte[] RandomEmbeddingBytes(Random random)
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
        // Both engines store the face_id as text (SQLite: EF Core's upper-case form; MySQL: char(36)).
        parameter.Value = value is Guid guid ? (command is SqliteCommand ? guid.ToString().ToUpperInvariant() : guid.ToString()) : value;
        command.Parameters.Add(parameter);
    }
}
