namespace FaceRecognition.Domain.Galleries;

/// <summary>A person in a gallery, known to clients by their own external id.</summary>
public sealed record Subject(long Id, long GalleryId, string ExternalId, string Name, DateTimeOffset CreatedAt);
