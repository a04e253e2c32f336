namespace FaceRecognition.IntegrationTests.Engine;

/// <summary>Faces counted by eye in each sample photo (.cache/samples/sampleN.jpg), including the profile face in sample 2.</summary>
internal static class SampleFaceCounts
{
    public static IReadOnlyDictionary<int, int> ByNumber { get; } = new Dictionary<int, int>
    {
        [1] = 3,
        [2] = 3,
        [3] = 3,
        [4] = 4,
        [5] = 5,
        [6] = 4,
    };
}
