using System.ComponentModel.DataAnnotations;

namespace FaceRecognition.Application.Common.Options;

/// <summary>Section <c>Enrollment</c>.</summary>
public sealed class EnrollmentOptions
{
    public const string SectionName = "Enrollment";

    [Range(1, 100)]
    public int MaxImagesPerRequest { get; set; } = 4;

    [Range(1, 10_000)]
    public int MaxFacesPerSubject { get; set; } = 20;
}
