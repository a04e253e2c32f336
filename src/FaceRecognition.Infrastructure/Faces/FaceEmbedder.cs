using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Imaging;
using FaceRecognition.Infrastructure.Inference;

namespace FaceRecognition.Infrastructure.Faces;

/// <summary>
/// fr_feature.onnx: the face is warped by the aligner's similarity transform straight into the 112×112 input tensor
/// ((v − 127)/128, RGB — chosen by measurement, see docs/models.md), and the 512-d output is L2-normalised.
/// </summary>
public sealed class FaceEmbedder : IFaceEmbedder
{
    public const int InputSize = FaceAligner.OutputSize;

    private readonly InferenceSession _session;
    private readonly TensorFormat _format;

    public FaceEmbedder(InferenceEngine engine)
        : this(engine, PixelOrder.Rgb)
    {
    }

    /// <summary>Lets the calibration tests compare channel orders; production always uses RGB.</summary>
    internal FaceEmbedder(InferenceEngine engine, PixelOrder order)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _session = engine.Session(FaceModel.Feature);
        _format = new TensorFormat(order, 127f, 1f / 128f);
        ModelId = $"fr_feature@{engine.Sha256Of(FaceModel.Feature)[..12]}";
    }

    public string ModelId { get; }

    public Embedding Embed(RgbImage image, DetectedFace face)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(face);
        var templateToImage = FaceAligner.ImageToTemplate(face.Landmarks).Invert();
        var outputToSource = new AffineTransform(
            (float)templateToImage.A, (float)-templateToImage.B, (float)templateToImage.Tx,
            (float)templateToImage.B, (float)templateToImage.A, (float)templateToImage.Ty);
        var tensor = new float[3 * InputSize * InputSize];
        ImageOps.SampleToTensor(image, outputToSource, InputSize, InputSize, _format, tensor);
        return Embedding.FromRaw(_session.Run(tensor)[0]);
    }
}
