using FaceRecognition.Domain.Galleries;
using FaceRecognition.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FaceRecognition.Infrastructure.Persistence.Schema;

/// <summary>
/// Brings the schema to the model's version with the provider's EF migrations, after adopting a database made by
/// the hand-written migrations of release 0.1 (<see cref="LegacySchema"/>), and makes sure the default gallery
/// exists. Safe to run again (nothing is due) and from two instances at once (EF takes a database lock).
/// </summary>
public sealed class DatabaseMigrator
{
    private readonly IDbContextFactory<FaceRecognitionDbContext> _contexts;
    private readonly StoreSession _session;
    private readonly SchemaStatus _status;
    private readonly ILogger<DatabaseMigrator> _logger;

    internal DatabaseMigrator(IDbContextFactory<FaceRecognitionDbContext> contexts, StoreSession session, SchemaStatus status, ILogger<DatabaseMigrator> logger)
    {
        _contexts = contexts;
        _session = session;
        _status = status;
        _logger = logger;
    }

    /// <summary>True once this process has migrated the schema or found it current.</summary>
    public bool IsUpToDate => _status.IsCurrent;

    /// <summary>Applies the missing migrations; returns the ids applied by this call (empty when none were due).</summary>
    /// <exception cref="Application.Common.Exceptions.StorageUnavailableException">The database cannot be reached.</exception>
    public Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken) =>
        _session.RunAsync<IReadOnlyList<string>>(
            async db =>
            {
                var adopted = await LegacySchema.AdoptAsync(db, cancellationToken);
                if (adopted.Count > 0)
                {
                    _logger.LogInformation("Adopted a {Provider} database made by the hand-written migrations; recorded {Migrations} as applied", db.Provider, string.Join(", ", adopted));
                }

                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                await db.Database.MigrateAsync(cancellationToken);
                await EnsureDefaultGalleryAsync(db, cancellationToken);
                _status.MarkCurrent();
                if (pending.Count > 0)
                {
                    _logger.LogInformation("Applied {Provider} migrations {Migrations}", db.Provider, string.Join(", ", pending));
                }

                return pending;
            },
            cancellationToken);

    /// <summary>
    /// For <c>Storage:ApplyMigrationsOnStartup=false</c>: true when the schema is current (then the service may use
    /// it); false, with an error logged naming the migrate command, when migrations are due.
    /// </summary>
    public Task<bool> VerifyAsync(CancellationToken cancellationToken) =>
        _session.RunAsync(
            async db =>
            {
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                if (pending.Count > 0)
                {
                    _logger.LogError(
                        "The {Provider} schema is behind: migrations {Migrations} are due and Storage:ApplyMigrationsOnStartup is false. Run the service with the 'migrate' command (see docs/persistence.md)",
                        db.Provider,
                        string.Join(", ", pending));
                    return false;
                }

                await EnsureDefaultGalleryAsync(db, cancellationToken);
                _status.MarkCurrent();
                return true;
            },
            cancellationToken);

    private static async Task EnsureDefaultGalleryAsync(FaceRecognitionDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Galleries.AnyAsync(g => g.Name == Gallery.DefaultName, cancellationToken))
        {
            return;
        }

        db.Galleries.Add(new GalleryEntity { Name = Gallery.DefaultName, CreatedAt = UtcClock.Now(TimeProvider.System) });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            // Another instance created it first.
        }
    }
}
