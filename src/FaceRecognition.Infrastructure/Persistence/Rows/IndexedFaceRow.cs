using FaceRecognition.Application.Common.Models;
using FaceRecognition.Domain.Faces;

namespace FaceRecognition.Infrastructure.Persistence.Rows;

/// <summary>One face joined with its subject and gallery, as streamed to the search index.</summary>
internal sealed class IndexedFaceRow
{
    public string Gallery { get; set; } = string.Empty;

    public long SubjectId { get; set; }

    public string ExternalId { get; set; } = string.Empty;

    public string SubjectName { get; set; } = string.Empty;

    public long FaceId { get; set; }

    public byte[] Embedding { get; set; } = [];

    public IndexedFace ToIndexedFace() =>
        new(Gallery, new SubjectRef(SubjectId, ExternalId, SubjectName), FaceId, Domain.Faces.Embedding.FromBytes(Embedding));
}
