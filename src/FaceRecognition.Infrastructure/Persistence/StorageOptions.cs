namespace FaceRecognition.Infrastructure.Persistence;

/// <summary>The <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public const string DefaultSqlitePath = "data/facerecognition.db";

    /// <summary>The server the MySQL migrations were generated for and tested on.</summary>
    public const string DefaultMySqlServerVersion = "10.11.0-mariadb";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>SQLite database file; a relative path is resolved against the content root. Its directory is created.</summary>
    public string SqlitePath { get; set; } = DefaultSqlitePath;

    /// <summary>
    /// Seconds a SQLite statement waits for another writer's lock before the call fails with a 503 "database busy".
    /// </summary>
    public int SqliteBusyTimeoutSeconds { get; set; } = 5;

    /// <summary>MySqlConnector connection string; required when <see cref="Provider"/> is MySql.</summary>
    public string? MySqlConnectionString { get; set; }

    /// <summary>Server type and version SQL is generated for, e.g. <c>10.11.0-mariadb</c> or <c>8.0.36-mysql</c>.</summary>
    public string MySqlServerVersion { get; set; } = DefaultMySqlServerVersion;

    /// <summary>
    /// How often a MySQL call is retried after a transient error (deadlock, Galera certification conflict, killed
    /// or lost connection, too many connections) before it fails.
    /// </summary>
    public int MaxRetryCount { get; set; } = 4;

    /// <summary>When true (default) the schema is migrated at start-up; when false it must already be current.</summary>
    public bool ApplyMigrationsOnStartup { get; set; } = true;
}
