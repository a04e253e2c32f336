using FaceRecognition.Domain.Galleries;

namespace FaceRecognition.Infrastructure.Persistence.Rows;

/// <summary>A subject with its face count.</summary>
internal sealed class SubjectSummaryRow
{
    public string ExternalId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public long FaceCount { get; set; }

    public SubjectSummary ToSummary() => new(ExternalId, Name, checked((int)FaceCount));
}
