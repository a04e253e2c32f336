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
    public const float ContextScale = 1.2f;

    private readonly FaceCropModel _model = new(engine.Model(FaceModel.Expression), new TensorFormat(PixelOrder.Rgb, 0f, 1f / 255f));

    public static IReadOnlyList<string> Labels { get; } = ["angry", "disgust", "fear", "happy", "sad", "surprise", "neutral"];

    public EmotionEstimate Estimate(RgbImage image, FaceBox box)
    {
        ArgumentNullException.ThrowIfNull(image);
        var probabilities = _model.Probabilities(image, CropRegion.ScaledClipped(box, ContextScale, image.Width, image.Height));
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < Labels.Count; i++)
        {
            scores[Labels[i]] = probabilities[i];
        }

        return new EmotionEstimate(Labels[Array.IndexOf(probabilities, probabilities.Max())], scores);
    }
}
