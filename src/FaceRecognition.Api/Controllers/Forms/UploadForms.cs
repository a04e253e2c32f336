using Microsoft.AspNetCore.Mvc;

namespace FaceRecognition.Api.Controllers.Forms;

// Multipart form shapes. Field names are snake_case as clients of the replaced services send them; a class per form
// (rather than loose IFormFile parameters) is also what lets Swagger UI render file pickers.

/// <summary>Form of <c>POST /api/v1/compare</c>.</summary>
public sealed class CompareForm
{
    /// <summary>The photo of the known person.</summary>
    [FromForm(Name = "reference_image")]
    public IFormFile? ReferenceImage { get; set; }

    /// <summary>The photo to check against it.</summary>
    [FromForm(Name = "live_image")]
    public IFormFile? LiveImage { get; set; }
}

/// <summary>A form with one photo.</summary>
public sealed class ImageForm
{
    [FromForm(Name = "image")]
    public IFormFile? Image { get; set; }
}

/// <summary>Form of <c>POST /api/v1/analyze</c>.</summary>
public sealed class AnalyzeForm
{
    [FromForm(Name = "image")]
    public IFormFile? Image { get; set; }

    /// <summary>Comma-separated subset of emotion, age, gender, pose, eyes, liveness; empty for all.</summary>
    [FromForm(Name = "actions")]
    public string? Actions { get; set; }
}

/// <summary>Form of <c>POST …/subjects/{subjectId}/faces</c>.</summary>
public sealed class EnrollForm
{
    /// <summary>The person's display name (kept when omitted for an existing subject).</summary>
    [FromForm(Name = "name")]
    public string? Name { get; set; }

    /// <summary>1..Enrollment:MaxImagesPerRequest photos, one face each (the largest is used).</summary>
    [FromForm(Name = "images")]
    public List<IFormFile>? Images { get; set; }
}

/// <summary>Form of <c>POST …/match</c>.</summary>
public sealed class MatchForm
{
    [FromForm(Name = "image")]
    public IFormFile? Image { get; set; }

    /// <summary>How many candidates to return (default Recognition:DefaultTopK).</summary>
    [FromForm(Name = "top_k")]
    public int? TopK { get; set; }

    /// <summary>Cosine similarity threshold for this request (default Recognition:MatchThreshold).</summary>
    [FromForm(Name = "threshold")]
    public double? Threshold { get; set; }
}

/// <summary>Form of <c>POST …/subjects/{subjectId}/verify</c>.</summary>
public sealed class VerifyForm
{
    [FromForm(Name = "image")]
    public IFormFile? Image { get; set; }

    [FromForm(Name = "threshold")]
    public double? Threshold { get; set; }
}
