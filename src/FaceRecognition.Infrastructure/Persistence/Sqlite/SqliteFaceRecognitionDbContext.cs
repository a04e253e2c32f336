using Microsoft.EntityFrameworkCore;

namespace FaceRecognition.Infrastructure.Persistence.Sqlite;

/// <summary>The model on SQLite; its migrations live in <c>Persistence/Sqlite/Migrations</c>.</summary>
internal sealed class SqliteFaceRecognitionDbContext(DbContextOptions<SqliteFaceRecognitionDbContext> options)
    : FaceRecognitionDbContext(options)
{
    public override StorageProvider Provider => StorageProvider.Sqlite;
}
