using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Application.Common.Models;
using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;

namespace FaceRecognition.Application.Common.Faces;

/// <summary>
/// The one path from uploaded bytes to faces that every use case shares: decode, detect, pick the largest face,
/// embed. Errors name the form field so the client knows which upload to fix.
/// </summary>
public sealed class FacePipeline(IImageDecoder decoder, IFaceDetector detector, IFaceEmbedder embedder)
{
    public string ModelId => embedder.ModelId;

    public RgbImage Decode(ImageUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        try
        {
            return decoder.Decode(upload.Content);
        }
        catch (InvalidImageException ex) when (ex.Field is null)
        {
            throw new InvalidImageException(ex.Reason, $"'{upload.Field}': {ex.Message}", ex) { Field = upload.Field };
        }
    }

    public (RgbImage Image, IReadOnlyList<DetectedFace> Faces) DetectAll(ImageUpload upload)
    {
        var image = Decode(upload);
        return (image, detector.Detect(image));
    }

    /// <summary>Every face of the upload; throws <see cref="NoFaceDetectedException"/> when there is none.</summary>
    public (RgbImage Image, IReadOnlyList<DetectedFace> Faces) DetectAtLeastOne(ImageUpload upload)
    {
        var (image, faces) = DetectAll(upload);
        return faces.Count > 0 ? (image, faces) : throw new NoFaceDetectedException(upload.Field);
    }

    /// <summary>The largest face of the upload; throws <see cref="NoFaceDetectedException"/> when there is none.</summary>
    public FaceSample LargestFace(ImageUpload upload)
    {
        var (image, faces) = DetectAtLeastOne(upload);
        var largest = faces.MaxBy(f => f.Box.Area)!;
        return new FaceSample(image, largest, faces.Count);
    }

    public EmbeddedFace EmbedLargestFace(ImageUpload upload)
    {
        var sample = LargestFace(upload);
        return new EmbeddedFace(sample.Face, embedder.Embed(sample.Image, sample.Face), sample.FacesFound);
    }
}
