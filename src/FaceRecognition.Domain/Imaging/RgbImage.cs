namespace FaceRecognition.Domain.Imaging;

/// <summary>
/// A decoded picture: 8-bit RGB, interleaved, rows top to bottom, no padding (stride = Width * 3).
/// EXIF orientation has already been applied, so (0,0) is the top-left corner as a person sees it.
/// </summary>
/// <remarks>
/// A subclass may hold the picture at reduced resolutions and produce the full-resolution <see cref="Pixels"/> only
/// when they are first read (a large JPEG is decoded at the scale the face models need); Width and Height are always
/// the full-resolution size, and face coordinates always refer to it.
/// </remarks>
public class RgbImage
{
    private byte[]? _pixels;

    public RgbImage(int width, int height, byte[] pixels)
        : this(width, height)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        _pixels = CheckLength(pixels);
    }

    /// <summary>For subclasses whose full-resolution pixels are produced on first read, by <see cref="LoadPixels"/>.</summary>
    protected RgbImage(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        Width = width;
        Height = height;
    }

    public int Width { get; }

    public int Height { get; }

    public int Stride => Width * 3;

    /// <summary>Interleaved R, G, B bytes at full resolution.</summary>
    public byte[] Pixels => _pixels ?? LazyInitializer.EnsureInitialized(ref _pixels, () => CheckLength(LoadPixels()));

    /// <summary>Produces the full-resolution pixels; only called for images constructed without them.</summary>
    protected virtual byte[] LoadPixels() =>
        throw new InvalidOperationException($"{GetType().Name} was created without pixels and does not produce them.");

    private byte[] CheckLength(byte[] pixels) =>
        pixels.LongLength == (long)Width * Height * 3
            ? pixels
            : throw new ArgumentException($"Expected {(long)Width * Height * 3} bytes for {Width}x{Height} RGB, got {pixels.LongLength}.", nameof(pixels));
}
