using FaceRecognition.TestSupport;
using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;

namespace FaceRecognition.IntegrationTests.Engine;

/// <summary>The transformations a face must survive: each keeps the person, changes the pixels.</summary>
internal static class ImageVariants
{
    public const int ShiftX = 137;
    public const int ShiftY = 61;

    public static IReadOnlyList<ImageVariant> Of(RgbImage original)
    {
        var decoder = EngineFixture.Decoder;
        return
        [
            new("half size", TestImageFiles.Resize(original, original.Width / 2, original.Height / 2), p => new FacePoint(p.X / 2, p.Y / 2)),
            new("jpeg q70", decoder.Decode(TestImageFiles.Jpeg(original, 70)), p => p),
            new("shifted crop", TestImageFiles.Crop(original, ShiftX, ShiftY, original.Width - ShiftX - 50, original.Height - ShiftY - 40), p => new FacePoint(p.X - ShiftX, p.Y - ShiftY)),
            new("rotated +10", PixelTransforms.Rotate(original, 10), p => PixelTransforms.RotatePoint(original, p, 10)),
            new("rotated -10", PixelTransforms.Rotate(original, -10), p => PixelTransforms.RotatePoint(original, p, -10)),
            new("exif orientation 8", decoder.Decode(ExifJpeg.WithOrientation(TestImageFiles.Jpeg(PixelTransforms.RotateClockwise(original), 95), 8)), p => p),
        ];
    }
}
