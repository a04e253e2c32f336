using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Imaging;
using FaceRecognition.Infrastructure.Inference;

namespace FaceRecognition.Infrastructure.Faces;

/// <summary>
/// fr_liveness.onnx: the box grown 2.7× (kept inside the image), 128×128, raw 0–255 in BGR order; the score is the
/// softmax probability of class 0, which behaves as "live" on real photos (no spoof samples were available to us).
/// </summary>
public sealed class LivenessDetector(InferenceEngine engine) : ILivenessDetector
{
    public const float ContextScale = 2.7f;

    private readonly FaceCropModel _model = new(engine.Model(FaceModel.Liveness), new TensorFormat(PixelOrder.Bgr, 0f, 1f));

    public LivenessEstimate Estimate(RgbImage image, DetectedFace face)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(face);
        var region = CropRegion.ScaledInside(face.Box, ContextScale, image.Width, image.Height);
        return new LivenessEstimate(_model.Probabilities(image, region)[0]);
    }
}
