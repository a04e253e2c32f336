using FaceRecognition.Domain.Imaging;

namespace FaceRecognition.Application.Common.Interfaces;

/// <summary>
/// Turns uploaded bytes into pixels. The format is chosen from the bytes themselves (magic numbers), never from a
/// file name or content type. Throws <see cref="Exceptions.InvalidImageException"/> for anything it cannot or will
/// not decode (unknown format, corrupt data, more pixels than the configured budget).
/// </summary>
public interface IImageDecoder
{
    RgbImage Decode(ReadOnlySpan<byte> data);
}
