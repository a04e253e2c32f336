using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Imaging;
using FaceRecognition.Infrastructure.Inference;

namespace FaceRecognition.Infrastructure.Faces;

/// <summary>fr_landmark.onnx: 68 points from a square, box-height crop centred on the face box, 64×64 grey v/256.</summary>
public sealed class FaceLandmarker(InferenceEngine engine)
{
    private const int InputSize = 64;
    private static readonly TensorFormat Format = new(PixelOrder.Grey, 0f, 1f / 256f);

    private readonly InferenceSession _session = engine.Session(FaceModel.Landmark);

    /// <summary>The 68 landmarks in image pixels.</summary>
    public IReadOnlyList<FacePoint> Locate(RgbImage image, FaceBox box)
    {
        var crop = CropRegion.Square(box.Center, box.Height);
        Span<float> tensor = stackalloc float[InputSize * InputSize];
        ImageOps.CropResizeToTensor(image, crop.X, crop.Y, crop.Width, crop.Height, InputSize, InputSize, Format, tensor);
        var output = _session.Run(tensor)[0];
        var points = new FacePoint[LandmarkReduction.PointCount];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = new FacePoint(crop.X + (output[2 * i] * crop.Width), crop.Y + (output[(2 * i) + 1] * crop.Height));
        }

        return points;
    }
}
