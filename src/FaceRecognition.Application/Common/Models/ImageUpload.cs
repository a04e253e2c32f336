namespace FaceRecognition.Application.Common.Models;

/// <summary>An uploaded image: the form field it came in, and its bytes. Held in memory only, never written anywhere.</summary>
public sealed record ImageUpload(string Field, byte[] Content);
