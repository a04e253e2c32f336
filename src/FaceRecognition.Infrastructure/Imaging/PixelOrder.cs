namespace FaceRecognition.Infrastructure.Imaging;

/// <summary>Channel layout of a tensor filled from an RGB image.</summary>
public enum PixelOrder
{
    /// <summary>Three planes: red, green, blue.</summary>
    Rgb,

    /// <summary>Three planes: blue, green, red (models trained through OpenCV).</summary>
    Bgr,

    /// <summary>One plane: OpenCV's 8-bit luma, 0.299 R + 0.587 G + 0.114 B (ITU-R BT.601).</summary>
    Grey,
}
