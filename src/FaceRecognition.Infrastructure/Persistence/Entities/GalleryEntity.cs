namespace FaceRecognition.Infrastructure.Persistence.Entities;

/// <summary>A <c>galleries</c> row.</summary>
internal sealed class GalleryEntity
{
    public long Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }
}
