namespace FaceRecognition.Benchmarks.Load;

/// <summary>The request photos, made in memory at start from two sample photos: 640×480 and 12 MP (4000×3000).</summary>
internal sealed record LoadPhotos(byte[] SmallA, byte[] SmallB, byte[] LargeA, byte[] LargeB)
{
    public const int SmallWidth = 640;
    public const int SmallHeight = 480;
    public const int LargeWidth = 4000;
    public const int LargeHeight = 3000;

    public static LoadPhotos Make(Adapters.EngineAdapter engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var hint = "Run deploy/bootstrap.sh --with-test-deps to fetch the sample photos.";
        var first = File.ReadAllBytes(RepositoryPaths.Require(".cache/samples/sample1.jpg", hint));
        var second = File.ReadAllBytes(RepositoryPaths.Require(".cache/samples/sample2.jpg", hint));

        // 640×480: head and shoulders (face ≈ half the height). 12 MP: a phone portrait with more of the scene.
        return new LoadPhotos(
            engine.MakeJpeg(first, SmallWidth, SmallHeight, faceHeights: 1.8, noise: false),
            engine.MakeJpeg(second, SmallWidth, SmallHeight, faceHeights: 1.8, noise: false),
            engine.MakeJpeg(first, LargeWidth, LargeHeight, faceHeights: 2.4, noise: true),
            engine.MakeJpeg(second, LargeWidth, LargeHeight, faceHeights: 2.4, noise: true));
    }
}
