using FaceRecognition.Domain.Imaging;

namespace FaceRecognition.Infrastructure.Imaging;

/// <summary>
/// Which decoded scale of an image each step reads (only large JPEGs have more than one). The choice depends only on
/// the image and the region a step reads, never on what was decoded before, so every result is the same however it
/// was reached.
/// </summary>
public static class ImageLevels
{
    /// <summary>The face detector's input (fr_detect.onnx is 320×240): the first decode of a large JPEG still fills it.</summary>
    public const int DetectionWidth = 320;

    public const int DetectionHeight = 240;

    public static ImageLevel ForDetection(RgbImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return image is ScaledJpegImage scaled ? scaled.Coarsest : FullResolution(image);
    }

    /// <summary>
    /// The coarsest scale at which a region <paramref name="regionSide"/> full-resolution pixels across still spans
    /// <paramref name="outputSide"/> pixels, so a model input of that size is never made by enlarging a reduced
    /// decode (full resolution when even that is smaller).
    /// </summary>
    public static ImageLevel ForRegion(RgbImage image, float regionSide, int outputSide)
    {
        ArgumentNullException.ThrowIfNull(image);
        return image is ScaledJpegImage scaled ? scaled.LevelFor(regionSide, outputSide) : FullResolution(image);
    }

    private static ImageLevel FullResolution(RgbImage image) => new(image.Pixels, image.Width, image.Height, image.Width, image.Height);
}
