using FaceRecognition.Domain.Galleries;

namespace FaceRecognition.Infrastructure.Persistence.Rows;

/// <summary>A <c>galleries</c> row as Dapper reads it (column types differ per provider, so no positional record).</summary>
internal sealed class GalleryRow
{
    public long Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public Gallery ToGallery() => new(Id, Name, UtcClock.FromStored(CreatedAt));
}
