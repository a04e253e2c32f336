using FaceRecognition.Application.Common.Models;
using FaceRecognition.Domain.Faces;

namespace FaceRecognition.Application.Common.Interfaces;

/// <summary>
/// In-memory search over the enrolled faces of each gallery. Safe for concurrent readers and writers.
/// Writers call it only after the database has committed, so it never holds a face the database lacks.
/// </summary>
public interface IFaceIndex
{
    /// <summary>True once the initial load from the database has finished.</summary>
    bool IsLoaded { get; }

    void Add(IndexedFace face);

    void RemoveFace(string gallery, long faceId);

    void RemoveSubject(string gallery, long subjectId);

    void RemoveGallery(string gallery);

    /// <summary>The best <paramref name="topK"/> subjects, best first, each scored by its most similar face.</summary>
    IReadOnlyList<SubjectMatch> Search(string gallery, Embedding query, int topK);

    /// <summary>The subject's most similar face, or null when the subject has no faces in the index.</summary>
    SubjectMatch? BestOfSubject(string gallery, long subjectId, Embedding query);

    int FaceCount(string gallery);
}
