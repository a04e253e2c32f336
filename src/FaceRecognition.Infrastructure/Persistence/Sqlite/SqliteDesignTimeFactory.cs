using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FaceRecognition.Infrastructure.Persistence.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteFaceRecognitionDbContext</c> build the model without a host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteFaceRecognitionDbContext>
{
    public SqliteFaceRecognitionDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteFaceRecognitionDbContext>();
        SqliteStorage.Configure(builder, Path.Combine(Path.GetTempPath(), "facerecognition-design-time.db"), busyTimeoutSeconds: 5);
        return new SqliteFaceRecognitionDbContext(builder.Options);
    }
}
