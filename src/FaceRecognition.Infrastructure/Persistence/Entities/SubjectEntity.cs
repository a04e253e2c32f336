namespace FaceRecognition.Infrastructure.Persistence.Entities;

/// <summary>A <c>subjects</c> row: a person in a gallery, known to clients by <see cref="ExternalId"/>.</summary>
internal sealed class SubjectEntity
{
    public long Id { get; set; }

    public long GalleryId { get; set; }

    public string ExternalId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }
}
