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
    public const int InputSize = 128;
    public const float ContextScale = 2.7f;
    private static readonly TensorFormat Format = new(PixelOrder.Bgr, 0f, 1f);

    private readonly InferenceSession _session = engine.Session(FaceModel.Liveness);

    public LivenessEstimate Estimate(RgbImage image, DetectedFace face)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(face);
        var crop = CropRegion.ScaledInside(face.Box, ContextScale, image.Width, image.Height);
        var tensor = new float[3 * InputSize * InputSize];
        ImageOps.CropResizeToTensor(image, crop.X, crop.Y, crop.Width, crop.Height, InputSize, InputSize, Format, tensor);
        var probabilities = Softmax.Of(_session.Run(tensor)[0]);
        return new LivenessEstimate(probabilities[0]);
    }
}
