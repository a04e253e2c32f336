using System.ComponentModel.DataAnnotations;

namespace FaceRecognition.Infrastructure.Imaging;

/// <summary>Configuration section <c>Imaging</c>: the pixel budget checked from the header before decoding.</summary>
public sealed class ImagingOptions
{
    public const string SectionName = "Imaging";

    /// <summary>Largest accepted width * height. 40 MP covers any phone photo; each pixel costs 3 bytes decoded.</summary>
    [Range(1, long.MaxValue)]
    public long MaxPixels { get; set; } = 40_000_000;

    /// <summary>Largest accepted width or height, which bounds very thin images the pixel count would let through.</summary>
    [Range(1, int.MaxValue)]
    public int MaxSide { get; set; } = 20_000;
}
