using FaceRecognition.Application.Common.Models;

namespace FaceRecognition.Infrastructure.Search;

/// <summary>A subject of one gallery and the ids of its faces; mutated only under the gallery's write lock.</summary>
internal sealed class SubjectEntry(SubjectRef subject)
{
    public SubjectRef Subject { get; set; } = subject;

    public List<long> FaceIds { get; } = [];
}
