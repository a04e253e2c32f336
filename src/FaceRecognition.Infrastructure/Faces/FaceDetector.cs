using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Imaging;
using FaceRecognition.Infrastructure.Inference;
using Microsoft.Extensions.Options;
using OpenCvSharp;
using OpenCvSharp.Dnn;

namespace FaceRecognition.Infrastructure.Faces;

/// <summary>
/// fr_detect.onnx (UltraFace RFB-320): the image is letterboxed into 320×240 keeping its aspect ratio, boxes come out
/// decoded and normalised to that input; they are thresholded, suppressed (NMS, IoU 0.4), mapped back to image
/// pixels, filtered by size and given landmarks. Results are ordered by box area, largest first.
/// </summary>
public sealed class FaceDetector : IFaceDetector
{
    public const int InputWidth = ImageLevels.DetectionWidth;
    public const int InputHeight = ImageLevels.DetectionHeight;
    public const float NmsMaxIou = 0.4f;
    private static readonly TensorFormat Format = new(PixelOrder.Rgb, 127f, 1f / 128f);

    private readonly OnnxModel _model;
    private readonly FaceLandmarker _landmarker;
    private readonly FaceOptions _options;
    private readonly int _scoresOutput;
    private readonly int _boxesOutput;

    public FaceDetector(InferenceEngine engine, FaceLandmarker landmarker, IOptions<FaceOptions> options)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(options);
        _model = engine.Model(FaceModel.Detect);
        if (!_model.InputShape.SequenceEqual([1L, 3, InputHeight, InputWidth]))
        {
            throw new InvalidOperationException($"{_model.Name} takes [{string.Join(',', _model.InputShape)}], not the 1x3x{InputHeight}x{InputWidth} this detector is written for.");
        }

        _landmarker = landmarker;
        _options = options.Value;
        _scoresOutput = _model.OutputIndex("scores");
        _boxesOutput = _model.OutputIndex("boxes");
    }

    public IReadOnlyList<DetectedFace> Detect(RgbImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return FindBoxes(ImageLevels.ForDetection(image), image.Width, image.Height)
            .Where(c => Math.Min(c.Box.Width, c.Box.Height) >= _options.MinFaceSize)
            .OrderByDescending(c => c.Box.Area)
            .Select(c =>
            {
                var points = _landmarker.Locate(image, c.Box);
                return new DetectedFace(c.Box, c.Score, LandmarkReduction.ToFivePoints(points)) { Landmarks68 = points };
            })
            .ToList();
    }

    private List<(FaceBox Box, float Score)> FindBoxes(ImageLevel level, int width, int height)
    {
        // One scale for both axes keeps faces undistorted; the unused right/bottom band is black.
        var (canvas, scaleX, scaleY) = ImageCrops.Letterbox(level, InputWidth, InputHeight);
        using var run = _model.Rent();
        using (canvas)
        {
            TensorWriter.Write(canvas, Format, run.Input);
        }

        run.Execute();
        var scores = run.Output(_scoresOutput);
        var corners = run.Output(_boxesOutput);
        var candidates = new List<Rect2d>();
        var candidateScores = new List<float>();
        for (var i = 0; i < scores.Length / 2; i++)
        {
            var score = scores[(2 * i) + 1];
            if (score < _options.MinDetectionScore)
            {
                continue;
            }

            // Corner form in [0,1] of the 320×240 input; divide by the letterbox scale for image pixels.
            var x1 = Math.Clamp(corners[4 * i] * InputWidth / scaleX, 0, width);
            var y1 = Math.Clamp(corners[(4 * i) + 1] * InputHeight / scaleY, 0, height);
            var x2 = Math.Clamp(corners[(4 * i) + 2] * InputWidth / scaleX, 0, width);
            var y2 = Math.Clamp(corners[(4 * i) + 3] * InputHeight / scaleY, 0, height);
            if (x2 > x1 && y2 > y1)
            {
                candidates.Add(new Rect2d(x1, y1, x2 - x1, y2 - y1));
                candidateScores.Add(score);
            }
        }

        CvDnn.NMSBoxes(candidates, candidateScores, _options.MinDetectionScore, NmsMaxIou, out var kept);
        return [.. kept.Select(i => (new FaceBox((float)candidates[i].X, (float)candidates[i].Y, (float)candidates[i].Width, (float)candidates[i].Height), candidateScores[i]))];
    }
}
