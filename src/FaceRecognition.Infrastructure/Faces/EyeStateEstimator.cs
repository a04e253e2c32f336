using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Imaging;
using FaceRecognition.Infrastructure.Inference;

namespace FaceRecognition.Infrastructure.Faces;

/// <summary>
/// fr_eye.onnx: a square around each eye (centre = mean of the four lid points, side = 1.6 × corner-to-corner width,
/// from the 68 landmarks), 24×24 grey v/255, softmax over 2 classes; class <see cref="OpenClass"/> = open. The 68
/// landmarks are the detector's; they are located again only for a face that comes without them.
/// </summary>
public sealed class EyeStateEstimator(InferenceEngine engine, FaceLandmarker landmarker)
{
    public const float Padding = 1.6f;

    /// <summary>Which of the two outputs means "open" (measured on the sample photos, see docs/models.md).</summary>
    public const int OpenClass = 1;

    private readonly FaceCropModel _model = new(engine.Model(FaceModel.Eye), new TensorFormat(PixelOrder.Grey, 0f, 1f / 255f));

    public EyeState Estimate(RgbImage image, DetectedFace face)
    {
        ArgumentNullException.ThrowIfNull(face);
        var points = face.Landmarks68 ?? landmarker.Locate(image, face.Box);
        var left = OpenProbability(image, LandmarkReduction.Mean(points, 37, 38, 40, 41), points[39].X - points[36].X);
        var right = OpenProbability(image, LandmarkReduction.Mean(points, 43, 44, 46, 47), points[45].X - points[42].X);
        return new EyeState(left >= 0.5, left, right >= 0.5, right);
    }

    private double OpenProbability(RgbImage image, FacePoint centre, float eyeWidth) =>
        _model.Probabilities(image, CropRegion.Square(centre, Math.Max(2f, Math.Abs(eyeWidth) * Padding)))[OpenClass];
}
