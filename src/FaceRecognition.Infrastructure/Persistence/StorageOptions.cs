namespace FaceRecognition.Infrastructure.Persistence;

/// <summary>The <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public const string DefaultSqlitePath = "data/facerecognition.db";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>SQLite database file; a relative path is resolved against the content root. Its directory is created.</summary>
    public string SqlitePath { get; set; } = DefaultSqlitePath;

    /// <summary>Connector/NET connection string; required when <see cref="Provider"/> is MySql.</summary>
    public string? MySqlConnectionString { get; set; }
}
