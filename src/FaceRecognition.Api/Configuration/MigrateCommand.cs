using FaceRecognition.Infrastructure.Persistence.Schema;

namespace FaceRecognition.Api.Configuration;

/// <summary>
/// <c>FaceRecognition.Api migrate</c> (or <c>./run.sh migrate</c>): brings the configured database's schema up to
/// date — adopting a database made by release 0.1 — and exits, without serving. For deployments that run with
/// <c>Storage:ApplyMigrationsOnStartup=false</c>.
/// </summary>
internal static class MigrateCommand
{
    public const string Name = "migrate";

    public static bool IsRequested(string[] args) => args.Contains(Name, StringComparer.Ordinal);

    public static async Task RunAsync(IServiceProvider services)
    {
        var applied = await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        services.GetRequiredService<ILogger<DatabaseMigrator>>().LogInformation(
            "Schema is up to date; {Count} migration(s) applied by this run", applied.Count);
    }
}
