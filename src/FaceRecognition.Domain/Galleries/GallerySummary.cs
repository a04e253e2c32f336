namespace FaceRecognition.Domain.Galleries;

public sealed record GallerySummary(string Name, int SubjectCount, int FaceCount);

public sealed record SubjectSummary(string SubjectId, string Name, int FaceCount);
