using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FaceRecognition.Infrastructure.Persistence.MySql;

/// <summary>
/// Lets <c>dotnet ef migrations add … --context MySqlFaceRecognitionDbContext</c> build the model without a server:
/// the server version is pinned, so no connection is opened.
/// </summary>
internal sealed class MySqlDesignTimeFactory : IDesignTimeDbContextFactory<MySqlFaceRecognitionDbContext>
{
    public MySqlFaceRecognitionDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<MySqlFaceRecognitionDbContext>();
        MySqlStorage.Configure(builder, "Server=localhost;Database=facerecognition", StorageOptions.DefaultMySqlServerVersion, maxRetryCount: 0);
        return new MySqlFaceRecognitionDbContext(builder.Options);
    }
}
