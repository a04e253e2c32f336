using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;
using FaceRecognition.TestSupport;
using FaceRecognition.IntegrationTests.Support;

namespace FaceRecognition.IntegrationTests.Auth;

/// <summary>
/// Photos for the sign-in tests, made from one real group photo. The samples show each person once, so a second
/// photo of the same person is a transformed copy: a crop around the face, shrunk, re-encoded as BMP.
/// </summary>
internal sealed class AuthPhotos
{
    private AuthPhotos(byte[] groupPhoto, byte[] ownerAgain, byte[] someoneElse, byte[] noFace)
    {
        GroupPhoto = groupPhoto;
        OwnerAgain = ownerAgain;
        SomeoneElse = someoneElse;
        NoFace = noFace;
    }

    /// <summary>The original JPEG; sign-up uses its largest face (the "owner").</summary>
    public byte[] GroupPhoto { get; }

    /// <summary>The owner's face cropped with a margin, resized to 75 % and saved as BMP.</summary>
    public byte[] OwnerAgain { get; }

    /// <summary>The second-largest face of the same photo, cropped tightly and saved as BMP.</summary>
    public byte[] SomeoneElse { get; }

    /// <summary>A corner of the photo that the detector finds no face in.</summary>
    public byte[] NoFace { get; }

    public static AuthPhotos Create(IImageDecoder decoder, IFaceDetector detector, int sample)
    {
        var jpeg = File.ReadAllBytes(RepoPaths.Sample(sample));
        var image = decoder.Decode(jpeg);
        var faces = detector.Detect(image).OrderByDescending(f => f.Box.Area).ToList();
        Assert.That(faces, Has.Count.GreaterThanOrEqualTo(2), $"sample{sample}.jpg should show several people");

        var ownerCrop = CropAround(image, faces[0].Box);
        var owner = TestImageFiles.Resize(ownerCrop, ownerCrop.Width * 3 / 4, ownerCrop.Height * 3 / 4);
        var other = CropAround(image, faces[1].Box, margin: 0.25f);
        var corner = FindFaceFreeCorner(image, faces, detector);
        return new AuthPhotos(jpeg, TestImageFiles.Bmp(owner), TestImageFiles.Bmp(other), TestImageFiles.Bmp(corner));
    }

    /// <summary>
    /// The face box grown by <paramref name="margin"/> box sizes on every side. One box size gives the liveness model
    /// about the context it looks at; a tight margin keeps neighbours' faces out.
    /// </summary>
    private static RgbImage CropAround(RgbImage image, FaceBox box, float margin = 1f)
    {
        var left = Math.Max(0, (int)(box.X - (margin * box.Width)));
        var top = Math.Max(0, (int)(box.Y - (margin * box.Height)));
        var right = Math.Min(image.Width, (int)(box.Right + (margin * box.Width)));
        var bottom = Math.Min(image.Height, (int)(box.Bottom + (margin * box.Height)));
        return TestImageFiles.Crop(image, left, top, right - left, bottom - top);
    }

    private static RgbImage FindFaceFreeCorner(RgbImage image, IReadOnlyList<DetectedFace> faces, IFaceDetector detector)
    {
        var size = Math.Min(image.Width, image.Height) / 4;
        (int X, int Y)[] corners = [(0, 0), (image.Width - size, 0), (0, image.Height - size), (image.Width - size, image.Height - size)];
        foreach (var (x, y) in corners)
        {
            var region = new FaceBox(x, y, size, size);
            if (faces.All(f => f.Box.IntersectionOverUnion(region) == 0))
            {
                var crop = TestImageFiles.Crop(image, x, y, size, size);
                if (detector.Detect(crop).Count == 0)
                {
                    return crop;
                }
            }
        }

        throw new InvalidOperationException("Every corner of the sample shows a face; pick another sample.");
    }
}
