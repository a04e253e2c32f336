using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Application.Common.Models;
using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;

namespace FaceRecognition.UnitTests.Accounts.Fakes;

/// <summary>
/// Stands in for the decoder, detector, embedder and liveness model. A "photo" is two bytes: the person shown
/// (0 = nobody) and whether it is live (1) or a spoof (0). Each person embeds to a different axis, so two people
/// have similarity 0 and the same person similarity 1.
/// </summary>
internal sealed class FakeFaceEngine : IImageDecoder, IFaceDetector, IFaceEmbedder, ILivenessDetector
{
    private const int Dimension = 8;

    public string ModelId => "fake-embedder-v1";

    public int EmbedCalls { get; private set; }

    public int LivenessCalls { get; private set; }

    public static ImageUpload Photo(int person, bool live = true) => new("face", [(byte)person, live ? (byte)1 : (byte)0]);

    public RgbImage Decode(ReadOnlySpan<byte> data) => new(2, 1, [data[0], 0, 0, data[1], 0, 0]);

    public IReadOnlyList<DetectedFace> Detect(RgbImage image)
    {
        if (image.Pixels[0] == 0)
        {
            return [];
        }

        var eyes = new FaceLandmarks(new(0, 0), new(1, 0), new(0.5f, 0.5f), new(0, 1), new(1, 1));
        return [new DetectedFace(new FaceBox(0, 0, 2, 1), 0.99f, eyes)];
    }

    public Embedding Embed(RgbImage image, DetectedFace face)
    {
        EmbedCalls++;
        var raw = new float[Dimension];
        raw[image.Pixels[0] % Dimension] = 1;
        return Embedding.FromRaw(raw);
    }

    public LivenessEstimate Estimate(RgbImage image, DetectedFace face)
    {
        LivenessCalls++;
        return new LivenessEstimate(image.Pixels[3] == 1 ? 0.97 : 0.03);
    }
}
