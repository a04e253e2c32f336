namespace FaceRecognition.Domain.Imaging;

/// <summary>
/// A decoded picture: 8-bit RGB, interleaved, rows top to bottom, no padding (stride = Width * 3).
/// EXIF orientation has already been applied, so (0,0) is the top-left corner as a person sees it.
/// </summary>
public sealed class RgbImage
{
    public RgbImage(int width, int height, byte[] pixels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentNullException.ThrowIfNull(pixels);
        if (pixels.LongLength != (long)width * height * 3)
        {
            throw new ArgumentException($"Expected {(long)width * height * 3} bytes for {width}x{height} RGB, got {pixels.LongLength}.", nameof(pixels));
        }

        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public int Stride => Width * 3;

    /// <summary>Interleaved R, G, B bytes.</summary>
    public byte[] Pixels { get; }
}
