using FaceRecognition.Domain.Faces;

namespace FaceRecognition.Infrastructure.Faces;

/// <summary>Where the per-model crops around a face box are taken from, as (x, y, width, height) in image pixels.</summary>
public static class CropRegion
{
    /// <summary>
    /// The box grown <paramref name="scale"/>× about its centre, shrunk if larger than the image and then slid (not
    /// cut) back inside it, so the crop keeps its aspect ratio near the borders (the faceplugin models' recipe).
    /// </summary>
    public static FaceBox ScaledInside(FaceBox box, float scale, int imageWidth, int imageHeight)
    {
        var fit = Math.Min(Math.Min((imageHeight - 1) / box.Height, (imageWidth - 1) / box.Width), scale);
        var width = box.Width * fit;
        var height = box.Height * fit;
        var centre = box.Center;
        var left = Math.Clamp(centre.X - (width / 2), 0, Math.Max(0, imageWidth - 1 - width));
        var top = Math.Clamp(centre.Y - (height / 2), 0, Math.Max(0, imageHeight - 1 - height));
        return new FaceBox(left, top, width, height);
    }

    /// <summary>The box grown <paramref name="scale"/>× about its centre and cut to the image.</summary>
    public static FaceBox ScaledClipped(FaceBox box, float scale, int imageWidth, int imageHeight)
    {
        var centre = box.Center;
        var left = Math.Max(0, centre.X - (box.Width * scale / 2));
        var top = Math.Max(0, centre.Y - (box.Height * scale / 2));
        var right = Math.Min(imageWidth, centre.X + (box.Width * scale / 2));
        var bottom = Math.Min(imageHeight, centre.Y + (box.Height * scale / 2));
        return new FaceBox(left, top, Math.Max(1, right - left), Math.Max(1, bottom - top));
    }

    /// <summary>A square of side <paramref name="side"/> centred on <paramref name="centre"/> (may extend past the image; outside reads as black).</summary>
    public static FaceBox Square(FacePoint centre, float side) => new(centre.X - (side / 2), centre.Y - (side / 2), side, side);
}
