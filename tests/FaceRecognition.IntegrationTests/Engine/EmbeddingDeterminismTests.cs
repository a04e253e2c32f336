using FaceRecognition.IntegrationTests.Support;
namespace FaceRecognition.IntegrationTests.Engine;

public sealed class EmbeddingDeterminismTests
{
    [Test]
    public void Embed_GivesBitIdenticalEmbeddings_AcrossTwoRuns()
    {
        var image = EngineFixture.LoadSample(3);
        var face = EngineFixture.Detector.Detect(image)[0];

        var first = EngineFixture.Embedder.Embed(image, face).ToBytes();
        var second = EngineFixture.Embedder.Embed(EngineFixture.LoadSample(3), EngineFixture.Detector.Detect(image)[0]).ToBytes();

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void ModelId_NamesTheFeatureModelAndItsPinnedHash()
    {
        var fileHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(RepoPaths.Models, "fr_feature.onnx"))));

        Assert.That(EngineFixture.Embedder.ModelId, Is.EqualTo("fr_feature@" + fileHash[..12]));
    }
}
