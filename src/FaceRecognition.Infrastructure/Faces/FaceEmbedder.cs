using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Imaging;
using FaceRecognition.Infrastructure.Inference;

namespace FaceRecognition.Infrastructure.Faces;

/// <summary>
/// fr_feature.onnx: the face is warped by the aligner's similarity transform onto the 112×112 template
/// ((v − 127)/128, RGB — chosen by measurement, see docs/models.md), and the 512-d output is L2-normalised.
/// </summary>
public sealed class FaceEmbedder : IFaceEmbedder
{
    public const int InputSize = FaceAligner.OutputSize;

    private readonly OnnxModel _model;
    private readonly TensorFormat _format;

    public FaceEmbedder(InferenceEngine engine)
        : this(engine, PixelOrder.Rgb)
    {
    }

    /// <summary>Lets the calibration tests compare channel orders; production always uses RGB.</summary>
    internal FaceEmbedder(InferenceEngine engine, PixelOrder order)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _model = engine.Model(FaceModel.Feature);
        _format = new TensorFormat(order, 127f, 1f / 128f);
        ModelId = $"fr_feature@{engine.Sha256Of(FaceModel.Feature)[..12]}";
    }

    public string ModelId { get; }

    public Embedding Embed(RgbImage image, DetectedFace face)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(face);
        using var aligned = AlignedFaceCrop.Warp(image, FaceAligner.ImageToTemplate(face.Landmarks), InputSize);
        using var run = _model.Rent();
        TensorWriter.Write(aligned, _format, run.Input);
        run.Execute();
        return Embedding.FromRaw(run.Output(0));
    }
}
