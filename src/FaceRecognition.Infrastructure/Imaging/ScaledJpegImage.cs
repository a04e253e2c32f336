using FaceRecognition.Domain.Imaging;
using FaceRecognition.Infrastructure.Imaging.Headers;

namespace FaceRecognition.Infrastructure.Imaging;

/// <summary>
/// A large JPEG decoded first at 1/2, 1/4 or 1/8 scale (libjpeg scales in the DCT domain, far cheaper than a full
/// decode), just large enough for the detector; a finer scale is decoded from the kept bytes, once, when a face crop
/// needs more pixels than a coarser one has, and the full-resolution <see cref="RgbImage.Pixels"/> only when read.
/// </summary>
internal sealed class ScaledJpegImage : RgbImage
{
    private readonly byte[] _jpeg;
    private readonly ImageLevel?[] _levels; // index i holds the 1/2^i scale
    private readonly Lock _lock = new();

    public ScaledJpegImage(byte[] jpeg, int width, int height, int coarsestIndex, ImageLevel coarsest)
        : base(width, height)
    {
        _jpeg = jpeg;
        _levels = new ImageLevel?[coarsestIndex + 1];
        _levels[coarsestIndex] = coarsest;
    }

    /// <summary>The first decoded scale, the smallest that still fills the detector's input.</summary>
    public ImageLevel Coarsest => _levels[^1]!;

    /// <summary>
    /// The coarsest scale at which <paramref name="regionSide"/> full-resolution pixels still span at least
    /// <paramref name="minPixels"/> (full resolution when even that is short of them), decoded now if it is not yet.
    /// </summary>
    public ImageLevel LevelFor(float regionSide, int minPixels)
    {
        var index = (int)Math.Clamp(Math.Floor(Math.Log2(Math.Max(regionSide, 1f) / minPixels)), 0, _levels.Length - 1);
        lock (_lock)
        {
            return _levels[index] ??= Decode(index);
        }
    }

    protected override byte[] LoadPixels()
    {
        lock (_lock)
        {
            return (_levels[0] ??= Decode(0)).Pixels;
        }
    }

    private ImageLevel Decode(int index)
    {
        var (pixels, width, height) = OpenCvDecoding.DecodeRgb(_jpeg, ImageFormat.Jpeg, 1 << index);
        return new ImageLevel(pixels, width, height, Width, Height);
    }
}
