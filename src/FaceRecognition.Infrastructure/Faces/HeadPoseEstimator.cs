using System.Numerics.Tensors;
using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Imaging;
using FaceRecognition.Infrastructure.Inference;

namespace FaceRecognition.Infrastructure.Faces;

/// <summary>
/// fr_pose.onnx (Hopenet-style): box grown by a quarter on each side (cut to the image), 224×224 RGB with ImageNet
/// normalisation; each of the three outputs is 66 bins of 3°, angle = Σ softmax·index·3 − 99.
/// Outputs: "output" = yaw, "617" = pitch, "618" = roll (see docs/models.md for how that was checked).
/// </summary>
public sealed class HeadPoseEstimator
{
    public const float ContextScale = 1.5f;

    private readonly FaceCropModel _model;
    private readonly int _yaw;
    private readonly int _pitch;
    private readonly int _roll;

    public HeadPoseEstimator(InferenceEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _model = new FaceCropModel(engine.Model(FaceModel.Pose), TensorFormat.ImageNet(PixelOrder.Rgb));
        _yaw = _model.OutputIndex("output");
        _pitch = _model.OutputIndex("617");
        _roll = _model.OutputIndex("618");
    }

    public HeadPose Estimate(RgbImage image, FaceBox box)
    {
        ArgumentNullException.ThrowIfNull(image);
        var (run, _) = _model.Run(image, CropRegion.ScaledClipped(box, ContextScale, image.Width, image.Height));
        using (run)
        {
            return new HeadPose(BinnedAngle(run.Output(_yaw)), BinnedAngle(run.Output(_pitch)), BinnedAngle(run.Output(_roll)));
        }
    }

    /// <summary>Expected bin index under the softmax, in degrees: 66 bins of 3° starting at −99°.</summary>
    public static double BinnedAngle(ReadOnlySpan<float> logits)
    {
        Span<float> probabilities = stackalloc float[logits.Length];
        TensorPrimitives.SoftMax(logits, probabilities);
        double expected = 0;
        for (var i = 0; i < probabilities.Length; i++)
        {
            expected += probabilities[i] * i;
        }

        return (expected * 3) - 99;
    }
}
