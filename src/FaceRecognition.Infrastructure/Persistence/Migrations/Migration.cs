namespace FaceRecognition.Infrastructure.Persistence.Migrations;

/// <summary>One schema step. Scripts are written so that running one again after a partial failure is harmless.</summary>
internal sealed record Migration(int Version, string Description, string Sql);
