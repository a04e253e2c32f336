using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;

namespace FaceRecognition.Application.Common.Faces;

/// <summary>The face chosen from an upload (the largest), with the decoded image it came from.</summary>
public sealed record FaceSample(RgbImage Image, DetectedFace Face, int FacesFound);

/// <summary>A chosen face and its embedding.</summary>
public sealed record EmbeddedFace(DetectedFace Face, Embedding Embedding, int FacesFound);
