using FaceRecognition.Domain.Faces;

namespace FaceRecognition.Domain.Galleries;

/// <summary>
/// One stored face of a subject: only its embedding, never the image. <see cref="PublicId"/> is the <c>face_id</c>
/// clients see, unique across instances; <see cref="Id"/> is the database's own key (the numeric face id of earlier
/// releases, still accepted in URLs).
/// </summary>
public sealed record EnrolledFace(long Id, Guid PublicId, long GalleryId, long SubjectId, Embedding Embedding, string ModelId, DateTimeOffset CreatedAt);
