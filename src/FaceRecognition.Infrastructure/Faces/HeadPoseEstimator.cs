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
    public const int InputSize = 224;
    public const float ContextScale = 1.5f;
    private static readonly TensorFormat RawRgb = new(PixelOrder.Rgb, 0f, 1f);

    private readonly InferenceSession _session;
    private readonly int _yaw;
    private readonly int _pitch;
    private readonly int _roll;

    public HeadPoseEstimator(InferenceEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _session = engine.Session(FaceModel.Pose);
        _yaw = _session.OutputIndex("output");
        _pitch = _session.OutputIndex("617");
        _roll = _session.OutputIndex("618");
    }

    public HeadPose Estimate(RgbImage image, FaceBox box)
    {
        var crop = CropRegion.ScaledClipped(box, ContextScale, image.Width, image.Height);
        var tensor = new float[3 * InputSize * InputSize];
        ImageOps.CropResizeToTensor(image, crop.X, crop.Y, crop.Width, crop.Height, InputSize, InputSize, RawRgb, tensor);
        ImageNetNormalization.Apply(tensor);
        var outputs = _session.Run(tensor);
        return new HeadPose(BinnedAngle(outputs[_yaw]), BinnedAngle(outputs[_pitch]), BinnedAngle(outputs[_roll]));
    }

    /// <summary>Expected bin index under the softmax, in degrees: 66 bins of 3° starting at −99°.</summary>
    public static double BinnedAngle(ReadOnlySpan<float> logits)
    {
        var probabilities = Softmax.Of(logits);
        double expected = 0;
        for (var i = 0; i < probabilities.Length; i++)
        {
            expected += probabilities[i] * i;
        }

        return (expected * 3) - 99;
    }
}
