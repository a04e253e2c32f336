namespace FaceRecognition.Benchmarks.Calibration;

/// <summary>Two photos (relative paths <c>person/file</c>) and whether they show the same person.</summary>
internal sealed record LabelledPair(string First, string Second, bool Genuine);
