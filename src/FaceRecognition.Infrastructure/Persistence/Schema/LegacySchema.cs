using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FaceRecognition.Infrastructure.Persistence.Schema;

/// <summary>
/// Databases made by the hand-written migrations of release 0.1 (a <c>schema_migrations</c> table, versions 1 and
/// 2). Their tables are exactly what the first two EF migrations create, so adopting such a database records those
/// migrations as applied in EF's history table and drops <c>schema_migrations</c>; EF then applies the rest.
/// </summary>
internal static class LegacySchema
{
    public const string TableName = "schema_migrations";

    /// <summary>The EF migration that creates what each hand-written version created.</summary>
    private static readonly Dictionary<long, string> MigrationForVersion = new()
    {
        [1] = "GalleriesSubjectsAndFaces",
        [2] = "AccountsSignInFailuresAndRevokedTokens",
    };

    /// <summary>Adopts a hand-written schema if there is one; returns the EF migration ids it recorded.</summary>
    public static async Task<IReadOnlyList<string>> AdoptAsync(FaceRecognitionDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!await LegacyTableExistsAsync(db, cancellationToken))
        {
            return [];
        }

        var versions = await db.Database.SqlQueryRaw<long>($"SELECT version AS Value FROM {TableName}").ToListAsync(cancellationToken);
        var unknown = versions.Where(v => !MigrationForVersion.ContainsKey(v)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database has hand-written schema version(s) {string.Join(", ", unknown)}, which this release does not know; upgrade to the release that wrote them first.");
        }

        var history = db.GetService<IHistoryRepository>();
        var migrations = db.GetService<IMigrationsAssembly>();
        await history.CreateIfNotExistsAsync(cancellationToken);
        var applied = (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(r => r.MigrationId).ToHashSet(StringComparer.Ordinal);
        var recorded = new List<string>();
        foreach (var version in versions.Order())
        {
            var id = migrations.FindMigrationId(MigrationForVersion[version])
                ?? throw new InvalidOperationException($"Migration {MigrationForVersion[version]} is missing from the build.");
            if (!applied.Contains(id))
            {
                await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(id, ProductInfo.GetVersion())), cancellationToken);
                recorded.Add(id);
            }
        }

        // Recorded in EF's history now; a crash before this line leaves a table that the next start drops.
        await db.Database.ExecuteSqlRawAsync($"DROP TABLE {TableName}", cancellationToken);
        return recorded;
    }

    private static async Task<bool> LegacyTableExistsAsync(FaceRecognitionDbContext db, CancellationToken cancellationToken)
    {
        var sql = db.Provider == StorageProvider.Sqlite
            ? $"SELECT COUNT(*) AS Value FROM sqlite_master WHERE type = 'table' AND name = '{TableName}'"
            : $"SELECT COUNT(*) AS Value FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = '{TableName}'";
        return (await db.Database.SqlQueryRaw<long>(sql).ToListAsync(cancellationToken)).Single() > 0;
    }
}
