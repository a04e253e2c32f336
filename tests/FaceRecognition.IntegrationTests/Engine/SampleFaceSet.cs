using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Domain.Faces;

namespace FaceRecognition.IntegrationTests.Engine;

/// <summary>
/// The labelled pairs used for threshold calibration: every face of the six samples against its own transformed
/// copies (same person) and against every other face (different people). Two cross-photo pairs look, by eye, like
/// the same woman photographed twice; they cannot be labelled either way and are reported apart (<see cref="Ambiguous"/>).
/// </summary>
internal sealed class SampleFaceSet
{
    /// <summary>Face centres (sample, x, y) of pairs that may show one person: the smiling blonde of samples 1 and 3, and the woman second from left in sample 4 / third in sample 6.</summary>
    private static readonly ((int Sample, float X, float Y) A, (int Sample, float X, float Y) B)[] LookAlikes =
    [
        ((1, 1572, 328), (3, 1189, 361)),
        ((4, 754, 189), (6, 1266, 446)),
    ];

    private SampleFaceSet(List<(string Label, double Similarity)> same, List<(string Label, double Similarity)> different, List<(string Label, double Similarity)> ambiguous, int faces)
    {
        Same = same;
        Different = different;
        Ambiguous = ambiguous;
        FaceCount = faces;
    }

    public IReadOnlyList<(string Label, double Similarity)> Same { get; }

    public IReadOnlyList<(string Label, double Similarity)> Different { get; }

    public IReadOnlyList<(string Label, double Similarity)> Ambiguous { get; }

    public int FaceCount { get; }

    public static SampleFaceSet Build(IFaceDetector detector, IFaceEmbedder embedder)
    {
        var same = new List<(string, double)>();
        var originals = new List<(string Label, int Sample, FacePoint Centre, Embedding Embedding)>();
        foreach (var sample in SampleFaceCounts.ByNumber.Keys)
        {
            var image = EngineFixture.LoadSample(sample);
            var faces = detector.Detect(image);
            var embeddings = faces.Select(f => embedder.Embed(image, f)).ToList();
            for (var i = 0; i < faces.Count; i++)
            {
                originals.Add(($"s{sample}f{i}", sample, faces[i].Box.Center, embeddings[i]));
            }

            foreach (var variant in ImageVariants.Of(image))
            {
                var variantFaces = detector.Detect(variant.Image);
                for (var i = 0; i < faces.Count; i++)
                {
                    var expected = variant.MapPoint(faces[i].Box.Center);
                    var match = variantFaces.MinBy(f => Distance(f.Box.Center, expected));
                    if (match is null || Distance(match.Box.Center, expected) > faces[i].Box.Width / 2)
                    {
                        throw new InvalidOperationException($"s{sample}f{i} was not found again in the '{variant.Name}' copy.");
                    }

                    same.Add(($"s{sample}f{i} vs {variant.Name}", embeddings[i].SimilarityTo(embedder.Embed(variant.Image, match)).Value));
                }
            }
        }

        var different = new List<(string, double)>();
        var ambiguous = new List<(string, double)>();
        for (var i = 0; i < originals.Count; i++)
        {
            for (var j = i + 1; j < originals.Count; j++)
            {
                var pair = ($"{originals[i].Label} vs {originals[j].Label}", originals[i].Embedding.SimilarityTo(originals[j].Embedding).Value);
                var lookAlike = LookAlikes.Any(l =>
                    (IsAt(originals[i].Sample, originals[i].Centre, l.A) && IsAt(originals[j].Sample, originals[j].Centre, l.B))
                    || (IsAt(originals[i].Sample, originals[i].Centre, l.B) && IsAt(originals[j].Sample, originals[j].Centre, l.A)));
                (lookAlike ? ambiguous : different).Add(pair);
            }
        }

        return new SampleFaceSet(same, different, ambiguous, originals.Count);
    }

    private static bool IsAt(int sample, FacePoint centre, (int Sample, float X, float Y) place) =>
        sample == place.Sample && Distance(centre, new FacePoint(place.X, place.Y)) < 40;

    private static double Distance(FacePoint a, FacePoint b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));
}
