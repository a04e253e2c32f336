namespace FaceRecognition.Infrastructure.Persistence;

/// <summary>Which database engine holds galleries and accounts (configuration key <c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    Sqlite,
    MySql,
}
