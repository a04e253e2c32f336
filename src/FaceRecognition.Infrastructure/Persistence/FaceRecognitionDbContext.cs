using FaceRecognition.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FaceRecognition.Infrastructure.Persistence;

/// <summary>
/// The model shared by both providers. Each provider has its own derived context
/// (<see cref="Sqlite.SqliteFaceRecognitionDbContext"/>, <see cref="MySql.MySqlFaceRecognitionDbContext"/>) so that
/// each keeps its own migrations; stores only see this base type.
/// </summary>
internal abstract class FaceRecognitionDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<GalleryEntity> Galleries => Set<GalleryEntity>();

    public DbSet<SubjectEntity> Subjects => Set<SubjectEntity>();

    public DbSet<FaceEntity> Faces => Set<FaceEntity>();

    public DbSet<AccountEntity> Accounts => Set<AccountEntity>();

    public DbSet<SignInFailureEntity> SignInFailures => Set<SignInFailureEntity>();

    public DbSet<RevokedTokenEntity> RevokedTokens => Set<RevokedTokenEntity>();

    /// <summary>Provider name for logs, health output and error messages (never the connection string).</summary>
    public abstract StorageProvider Provider { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FaceRecognitionDbContext).Assembly);
    }
}
