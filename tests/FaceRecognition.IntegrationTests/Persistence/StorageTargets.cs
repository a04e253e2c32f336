using FaceRecognition.Infrastructure.Persistence;

namespace FaceRecognition.IntegrationTests.Persistence;

/// <summary>Every contract fixture runs once per provider.</summary>
internal static class StorageTargets
{
    public static readonly StorageProvider[] All = [StorageProvider.Sqlite, StorageProvider.MySql];
}
