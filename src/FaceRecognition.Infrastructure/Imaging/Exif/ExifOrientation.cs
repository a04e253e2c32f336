namespace FaceRecognition.Infrastructure.Imaging.Exif;

/// <summary>EXIF tag 0x0112: how the stored pixels must be transformed to look upright.</summary>
internal enum ExifOrientation
{
    Normal = 1,
    MirrorHorizontal = 2,
    Rotate180 = 3,
    MirrorVertical = 4,
    Transpose = 5,
    Rotate90Clockwise = 6,
    Transverse = 7,
    Rotate270Clockwise = 8,
}
