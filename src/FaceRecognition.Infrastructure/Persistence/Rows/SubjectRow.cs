using FaceRecognition.Domain.Galleries;

namespace FaceRecognition.Infrastructure.Persistence.Rows;

/// <summary>A <c>subjects</c> row as Dapper reads it.</summary>
internal sealed class SubjectRow
{
    public long Id { get; set; }

    public long GalleryId { get; set; }

    public string ExternalId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public Subject ToSubject() => new(Id, GalleryId, ExternalId, Name, UtcClock.FromStored(CreatedAt));
}
