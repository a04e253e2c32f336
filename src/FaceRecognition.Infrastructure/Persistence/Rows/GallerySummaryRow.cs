using FaceRecognition.Domain.Galleries;

namespace FaceRecognition.Infrastructure.Persistence.Rows;

/// <summary>A gallery with its counts (COUNT(*) arrives as a 64-bit integer on both providers).</summary>
internal sealed class GallerySummaryRow
{
    public string Name { get; set; } = string.Empty;

    public long SubjectCount { get; set; }

    public long FaceCount { get; set; }

    public GallerySummary ToSummary() => new(Name, checked((int)SubjectCount), checked((int)FaceCount));
}
