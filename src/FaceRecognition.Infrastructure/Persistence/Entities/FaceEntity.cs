namespace FaceRecognition.Infrastructure.Persistence.Entities;

/// <summary>
/// A <c>faces</c> row. <see cref="Id"/> is the row key the search index uses (and the legacy numeric face id);
/// <see cref="PublicId"/> is the <c>face_id</c> clients see, unique across instances.
/// </summary>
internal sealed class FaceEntity
{
    public long Id { get; set; }

    public Guid PublicId { get; set; }

    public long GalleryId { get; set; }

    public long SubjectId { get; set; }

    /// <summary>Little-endian float32 values, as <c>Embedding.ToBytes()</c> writes them.</summary>
    public byte[] Embedding { get; set; } = [];

    public string ModelId { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }
}
