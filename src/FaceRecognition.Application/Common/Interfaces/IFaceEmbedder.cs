using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;

namespace FaceRecognition.Application.Common.Interfaces;

/// <summary>Aligns a detected face and computes its L2-normalised embedding.</summary>
public interface IFaceEmbedder
{
    /// <summary>Identifies the embedding model, stored beside every embedding so incompatible ones are never compared.</summary>
    string ModelId { get; }

    Embedding Embed(RgbImage image, DetectedFace face);
}
