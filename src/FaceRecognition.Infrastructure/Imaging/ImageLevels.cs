using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;

namespace FaceRecognition.Infrastructure.Imaging;

/// <summary>Which decoded scale of an image each stage reads (only large JPEGs have more than one).</summary>
public static class ImageLevels
{
    /// <summary>The face detector's input (fr_detect.onnx is 320×240): the first decode of a large JPEG still fills it.</summary>
    public const int DetectionWidth = 320;

    public const int DetectionHeight = 240;

    /// <summary>
    /// Face crops are cut from a scale at which the face box's shorter side keeps at least this many pixels, so the
    /// 112×112 aligned crop is never made by enlarging a reduced decode (see docs/models.md for the measurement).
    /// </summary>
    public const int FacePixels = 112;

    public static ImageLevel ForDetection(RgbImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return image is ScaledJpegImage scaled ? scaled.Coarsest : FullResolution(image);
    }

    public static ImageLevel ForFace(RgbImage image, FaceBox box)
    {
        ArgumentNullException.ThrowIfNull(image);
        return image is ScaledJpegImage scaled
            ? scaled.LevelFor(Math.Min(box.Width, box.Height), FacePixels)
            : FullResolution(image);
    }

    private static ImageLevel FullResolution(RgbImage image) => new(image.Pixels, image.Width, image.Height, image.Width, image.Height);
}
