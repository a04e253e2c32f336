using FaceRecognition.Domain.Faces;

namespace FaceRecognition.Application.Common.Models;

/// <summary>Who a subject is, as much as a search result needs to say.</summary>
public sealed record SubjectRef(long Id, string ExternalId, string Name);

/// <summary>A face as the search index holds it.</summary>
public sealed record IndexedFace(string Gallery, SubjectRef Subject, long FaceId, Embedding Embedding);

/// <summary>A subject found by a search: its best-scoring face decides its similarity.</summary>
public sealed record SubjectMatch(SubjectRef Subject, long FaceId, Similarity Similarity);
