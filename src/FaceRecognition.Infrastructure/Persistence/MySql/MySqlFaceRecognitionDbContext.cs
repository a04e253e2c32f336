using Microsoft.EntityFrameworkCore;

namespace FaceRecognition.Infrastructure.Persistence.MySql;

/// <summary>The model on MySQL / MariaDB; its migrations live in <c>Persistence/MySql/Migrations</c>.</summary>
internal sealed class MySqlFaceRecognitionDbContext(DbContextOptions<MySqlFaceRecognitionDbContext> options)
    : FaceRecognitionDbContext(options)
{
    public override StorageProvider Provider => StorageProvider.MySql;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            // utf8mb4_bin: names compare exactly, as on SQLite (callers normalise case where they want it ignored).
            modelBuilder.Entity(entity.ClrType).HasCharSet("utf8mb4").UseCollation("utf8mb4_bin");
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(byte[])))
            {
                // A 512-d float32 embedding is 2 KB: BLOB (64 KB) is plenty, LONGBLOB (Pomelo's default) is not needed.
                property.SetColumnType("blob");
            }
        }
    }
}
