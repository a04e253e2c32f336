using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Imaging;
using FaceRecognition.Infrastructure.Inference;

namespace FaceRecognition.Infrastructure.Faces;

/// <summary>fr_landmark.onnx: 68 points from a square, box-height crop centred on the face box, 64×64 grey v/256.</summary>
public sealed class FaceLandmarker(InferenceEngine engine)
{
    private readonly FaceCropModel _model = new(engine.Model(FaceModel.Landmark), new TensorFormat(PixelOrder.Grey, 0f, 1f / 256f));

    /// <summary>The 68 landmarks (iBUG 300-W order) in full-resolution image pixels.</summary>
    public IReadOnlyList<FacePoint> Locate(RgbImage image, FaceBox box)
    {
        var (run, crop) = _model.Run(image, CropRegion.Square(box.Center, box.Height));
        using (run)
        {
            // The outputs are (x, y) pairs relative to the crop actually cut.
            var output = run.Output(0);
            var points = new FacePoint[LandmarkReduction.PointCount];
            for (var i = 0; i < points.Length; i++)
            {
                points[i] = new FacePoint(crop.X + (output[2 * i] * crop.Width), crop.Y + (output[(2 * i) + 1] * crop.Height));
            }

            return points;
        }
    }
}
