using FaceRecognition.Domain.Faces;
using OpenCvSharp;

namespace FaceRecognition.Infrastructure.Imaging;

/// <summary>
/// An image's pixels at one decoded scale (RGB, interleaved, no padding) and how its pixel coordinates relate to the
/// full-resolution image's, which every face coordinate refers to. Coordinates scale about the top-left edge.
/// </summary>
public sealed class ImageLevel
{
    public ImageLevel(byte[] pixels, int width, int height, int fullWidth, int fullHeight)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        if (pixels.LongLength != (long)width * height * 3)
        {
            throw new ArgumentException($"Expected {(long)width * height * 3} bytes for {width}x{height} RGB, got {pixels.LongLength}.", nameof(pixels));
        }

        Pixels = pixels;
        Width = width;
        Height = height;
        FullWidth = fullWidth;
        FullHeight = fullHeight;
        ScaleX = (float)fullWidth / width;
        ScaleY = (float)fullHeight / height;
    }

    public byte[] Pixels { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The full-resolution image's width, which face coordinates refer to.</summary>
    public int FullWidth { get; }

    public int FullHeight { get; }

    /// <summary>Full-resolution pixels per pixel of this level, horizontally (1 at full resolution).</summary>
    public float ScaleX { get; }

    /// <summary>Full-resolution pixels per pixel of this level, vertically.</summary>
    public float ScaleY { get; }

    /// <summary>An OpenCV header over <see cref="Pixels"/> (pinned until disposed); dispose it before the level goes.</summary>
    public Mat AsMat() => Mat.FromPixelData(Height, Width, MatType.CV_8UC3, Pixels);

    public FaceBox ToLevel(FaceBox box) => new(box.X / ScaleX, box.Y / ScaleY, box.Width / ScaleX, box.Height / ScaleY);

    public FaceBox ToFull(FaceBox box) => new(box.X * ScaleX, box.Y * ScaleY, box.Width * ScaleX, box.Height * ScaleY);
}
