using FaceRecognition.Infrastructure.Imaging;
using FaceRecognition.TestSupport;

namespace FaceRecognition.UnitTests.Imaging;

public sealed class ImageDecoderConcurrencyTests
{
    [Test]
    public void Decode_GivesIdenticalPixels_WhenOneDecoderIsSharedAcrossThreads()
    {
        var decoder = new ImageDecoder(new ImagingOptions());
        var source = TestImages.Filled(96, 64, (x, y) => ((byte)(x * 2), (byte)(y * 3), (byte)(x ^ y)));
        byte[][] inputs = [TestImageFiles.Jpeg(source, 90), TestImageFiles.Png(source), TestImageFiles.WebPLossless(source)];
        var expected = inputs.Select(bytes => decoder.Decode(bytes).Pixels).ToArray();
        var mismatches = 0;

        Parallel.For(0, 300, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var which = i % inputs.Length;
            if (!decoder.Decode(inputs[which]).Pixels.AsSpan().SequenceEqual(expected[which]))
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        Assert.That(mismatches, Is.Zero);
    }
}
