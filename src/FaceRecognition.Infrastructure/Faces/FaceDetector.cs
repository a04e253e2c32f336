using System.Buffers;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Imaging;
using FaceRecognition.Infrastructure.Inference;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Infrastructure.Faces;

/// <summary>
/// fr_detect.onnx (UltraFace RFB-320): the image is letterboxed into 320×240 keeping its aspect ratio, boxes come out
/// decoded and normalised to that input; they are thresholded, suppressed (NMS, IoU 0.4), mapped back to image
/// pixels, filtered by size and given landmarks. Results are ordered by box area, largest first.
/// </summary>
public sealed class FaceDetector : IFaceDetector
{
    public const int InputWidth = 320;
    public const int InputHeight = 240;
    public const float NmsMaxIou = 0.4f;
    private static readonly TensorFormat Format = new(PixelOrder.Rgb, 127f, 1f / 128f);

    private readonly InferenceSession _session;
    private readonly FaceLandmarker _landmarker;
    private readonly FaceOptions _options;
    private readonly int _scoresOutput;
    private readonly int _boxesOutput;

    public FaceDetector(InferenceEngine engine, FaceLandmarker landmarker, IOptions<FaceOptions> options)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(options);
        _session = engine.Session(FaceModel.Detect);
        _landmarker = landmarker;
        _options = options.Value;
        _scoresOutput = _session.OutputIndex("scores");
        _boxesOutput = _session.OutputIndex("boxes");
    }

    public IReadOnlyList<DetectedFace> Detect(RgbImage image)
    {
        ArgumentNullException.ThrowIfNull(image);

        // One scale for both axes keeps faces undistorted; the unused right/bottom band samples as black.
        var scale = Math.Min((float)InputWidth / image.Width, (float)InputHeight / image.Height);
        var inputToImage = AffineTransform.ScaleTranslate(1 / scale, 1 / scale, (0.5f / scale) - 0.5f, (0.5f / scale) - 0.5f);
        var tensor = ArrayPool<float>.Shared.Rent(3 * InputWidth * InputHeight);
        float[][] outputs;
        try
        {
            var input = tensor.AsSpan(0, 3 * InputWidth * InputHeight);
            ImageOps.SampleToTensor(image, inputToImage, InputWidth, InputHeight, Format, input);
            outputs = _session.Run(input);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(tensor);
        }

        var boxes = Decode(outputs[_scoresOutput], outputs[_boxesOutput], scale, image.Width, image.Height);
        return NonMaximumSuppression.Apply(boxes, NmsMaxIou)
            .Where(c => Math.Min(c.Box.Width, c.Box.Height) >= _options.MinFaceSize)
            .OrderByDescending(c => c.Box.Area)
            .Select(c => new DetectedFace(c.Box, c.Score, LandmarkReduction.ToFivePoints(_landmarker.Locate(image, c.Box))))
            .ToList();
    }

    private List<(FaceBox Box, float Score)> Decode(float[] scores, float[] boxes, float scale, int width, int height)
    {
        var candidates = new List<(FaceBox, float)>();
        var count = scores.Length / 2;
        for (var i = 0; i < count; i++)
        {
            var score = scores[(2 * i) + 1];
            if (score < _options.MinDetectionScore)
            {
                continue;
            }

            // Corner form in [0,1] of the 320×240 input; divide by the letterbox scale for image pixels.
            var x1 = Math.Clamp(boxes[4 * i] * InputWidth / scale, 0, width);
            var y1 = Math.Clamp(boxes[(4 * i) + 1] * InputHeight / scale, 0, height);
            var x2 = Math.Clamp(boxes[(4 * i) + 2] * InputWidth / scale, 0, width);
            var y2 = Math.Clamp(boxes[(4 * i) + 3] * InputHeight / scale, 0, height);
            if (x2 > x1 && y2 > y1)
            {
                candidates.Add((new FaceBox(x1, y1, x2 - x1, y2 - y1), score));
            }
        }

        return candidates;
    }
}
