using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Domain.Faces;
using FaceRecognition.Domain.Imaging;
using FaceRecognition.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FaceRecognition.IntegrationTests.Support;

/// <summary>One person cut out of a sample group photo: a portrait JPEG, and a way to make another photo of them.</summary>
public sealed record PersonPhoto(string Id, int Sample, int FaceIndex, RgbImage Source, float CenterX, float CenterY, float FaceSize, bool IsClearPortrait)
{
    /// <summary>A portrait around the face: 1.8 face-widths wide, JPEG quality 92.</summary>
    public byte[] Portrait() => SampleFacePhotos.Cut(this, scale: 1.8f, shiftX: 0, shiftY: 0, shrink: 1.0f, quality: 92);

    /// <summary>
    /// "Another photo of the same person": an off-centre framing, downscaled to 70% and re-encoded at quality 70.
    /// The sample photos show each person once, so transformed copies stand in for second photos.
    /// </summary>
    public byte[] OtherPhoto() => SampleFacePhotos.Cut(this, scale: 1.6f, shiftX: 0.12f, shiftY: -0.08f, shrink: 0.7f, quality: 70);

    public override string ToString() => Id;
}

/// <summary>
/// The people in the six sample group photos (.cache/samples), found with the real detector once per test run.
/// Faces in the same photo are different people; that is what the "stranger" tests rely on.
/// </summary>
public static class SampleFacePhotos
{
    private static readonly Lazy<IReadOnlyList<PersonPhoto>> People = new(FindPeople);

    /// <summary>The clear, roughly frontal faces: good enrolment and probe photos.</summary>
    public static IReadOnlyList<PersonPhoto> All => People.Value.Where(p => p.IsClearPortrait).ToList();

    /// <summary>Every detected face, including profiles and faces looking away.</summary>
    public static IReadOnlyList<PersonPhoto> AllDetected => People.Value;

    /// <summary>Two different people from the same photo (so they are certainly not the same person).</summary>
    public static (PersonPhoto A, PersonPhoto B) TwoStrangers(int sample)
    {
        var inPhoto = AllDetected.Where(p => p.Sample == sample).ToList();
        return (inPhoto[0], inPhoto[1]);
    }

    internal static byte[] Cut(PersonPhoto p, float scale, float shiftX, float shiftY, float shrink, int quality)
    {
        var side = p.FaceSize * scale;
        var x = (int)Math.Clamp(p.CenterX - (side / 2) + (shiftX * p.FaceSize), 0, p.Source.Width - 2);
        var y = (int)Math.Clamp(p.CenterY - (side / 2) + (shiftY * p.FaceSize), 0, p.Source.Height - 2);
        var w = (int)Math.Min(side, p.Source.Width - x);
        var h = (int)Math.Min(side, p.Source.Height - y);
        var crop = TestImageFiles.Crop(p.Source, x, y, w, h);
        if (shrink < 1.0f)
        {
            crop = TestImageFiles.Resize(crop, Math.Max(1, (int)(w * shrink)), Math.Max(1, (int)(h * shrink)));
        }

        return TestImageFiles.Jpeg(crop, quality);
    }

    private static List<PersonPhoto> FindPeople()
    {
        var provider = TestEngine.Services;
        var decoder = provider.GetRequiredService<IImageDecoder>();
        var detector = provider.GetRequiredService<IFaceDetector>();
        var analyzer = provider.GetRequiredService<IFaceAnalyzer>();
        var poseOnly = new HashSet<AnalysisAction> { AnalysisAction.Pose };

        var people = new List<PersonPhoto>();
        for (var sample = 1; sample <= 6; sample++)
        {
            var image = decoder.Decode(File.ReadAllBytes(RepoPaths.Sample(sample)));
            var faces = detector.Detect(image);
            for (var i = 0; i < faces.Count; i++)
            {
                var box = faces[i].Box;
                var pose = analyzer.Analyze(image, faces[i], poseOnly).Pose!;
                var yaw = pose.Yaw;
                var l = faces[i].Landmarks;
                var noseBetweenEyes = l.Nose.X > Math.Min(l.LeftEye.X, l.RightEye.X) && l.Nose.X < Math.Max(l.LeftEye.X, l.RightEye.X);
                // Profile or tiny faces make poor enrolment photos (docs/accuracy.md: the profile face in sample 2 has
                // unstable landmarks, and one woman in sample 2 looks down with eyes closed behind her hair); the tests want
                // clear, roughly frontal portraits.
                var clear = box.Width >= 60 && Math.Abs(yaw) <= 40 && Math.Abs(pose.Pitch) <= 25 && noseBetweenEyes;
                people.Add(new PersonPhoto($"s{sample}f{i}", sample, i, image, box.Center.X, box.Center.Y, Math.Max(box.Width, box.Height), clear));
            }
        }

        return people;
    }
}
