namespace FaceRecognition.Infrastructure.Imaging.Headers;

/// <summary>Dimensions read from a file header, before any pixel is decoded.</summary>
internal readonly record struct ImageSize(long Width, long Height)
{
    public long Pixels => Width * Height;
}
