using FaceRecognition.Domain.Faces;

namespace FaceRecognition.Domain.Galleries;

/// <summary>One stored face of a subject: only its embedding, never the image.</summary>
public sealed record EnrolledFace(long Id, long GalleryId, long SubjectId, Embedding Embedding, string ModelId, DateTimeOffset CreatedAt);
