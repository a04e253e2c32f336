using System.ComponentModel.DataAnnotations;

namespace FaceRecognition.Application.Common.Options;

/// <summary>Section <c>Recognition</c>: decision thresholds. See docs/accuracy.md for how the defaults were chosen.</summary>
public sealed class RecognitionOptions
{
    public const string SectionName = "Recognition";

    /// <summary>Cosine similarity at or above which two faces are taken to be the same person.</summary>
    [Range(-1.0, 1.0)]
    public double MatchThreshold { get; set; } = 0.45;

    /// <summary>Liveness score at or above which a face is taken to be live.</summary>
    [Range(0.0, 1.0)]
    public double LivenessThreshold { get; set; } = 0.5;

    /// <summary>Default and maximum number of candidates a 1:N match returns.</summary>
    [Range(1, 100)]
    public int DefaultTopK { get; set; } = 5;

    [Range(1, 1000)]
    public int MaxTopK { get; set; } = 50;
}
