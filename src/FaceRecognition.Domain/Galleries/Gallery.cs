namespace FaceRecognition.Domain.Galleries;

/// <summary>A named group of people (an "event" in some services) searched as one.</summary>
public sealed record Gallery(long Id, string Name, DateTimeOffset CreatedAt)
{
    /// <summary>The gallery that exists from the start, for clients that need only one.</summary>
    public const string DefaultName = "default";
}
