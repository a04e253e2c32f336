using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Imaging;
using FaceRecognition.Infrastructure.Inference;

namespace FaceRecognition.Infrastructure.Faces;

/// <summary>
/// fr_expression.onnx: box grown 1.2× about its centre, 224×224 RGB v/255, softmax over 7 classes. The label order
/// is not documented by the package; the FER-2013 order below is our best reading of the evidence (docs/models.md).
/// </summary>
public sealed class EmotionEstimator(InferenceEngine engine)
{
    public const int InputSize = 224;
    public const float ContextScale = 1.2f;

    public static IReadOnlyList<string> Labels { get; } = ["angry", "disgust", "fear", "happy", "sad", "surprise", "neutral"];

    private static readonly TensorFormat Format = new(PixelOrder.Rgb, 0f, 1f / 255f);

    private readonly InferenceSession _session = engine.Session(FaceModel.Expression);

    public EmotionEstimate Estimate(RgbImage image, FaceBox box)
    {
        var crop = CropRegion.ScaledClipped(box, ContextScale, image.Width, image.Height);
        var tensor = new float[3 * InputSize * InputSize];
        ImageOps.CropResizeToTensor(image, crop.X, crop.Y, crop.Width, crop.Height, InputSize, InputSize, Format, tensor);
        var probabilities = Softmax.Of(_session.Run(tensor)[0]);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < Labels.Count; i++)
        {
            scores[Labels[i]] = probabilities[i];
        }

        var dominant = Labels[Array.IndexOf(probabilities, probabilities.Max())];
        return new EmotionEstimate(dominant, scores);
    }
}
