using FaceRecognition.Infrastructure.Imaging.Native;

namespace FaceRecognition.UnitTests.Imaging;

public sealed class NativeCodecLibraryTests
{
    [Test]
    public void Load_ThrowsWithTheDebianPackageName_WhenTheLibraryIsMissing()
    {
        var error = Assert.Throws<CodecLibraryUnavailableException>(() => NativeCodecLibrary.Load("libnot-a-codec.so.42", "libnot-a-codec42"));

        Assert.That(error!.Message, Is.EqualTo("libnot-a-codec.so.42 not found: install Debian package libnot-a-codec42 (apt-get install libnot-a-codec42)."));
    }

    [Test]
    public void Export_ThrowsNamingTheFunction_WhenTheLibraryLacksIt()
    {
        var library = NativeCodecLibrary.Load("libturbojpeg.so.0", "libturbojpeg0");

        var error = Assert.Throws<CodecLibraryUnavailableException>(() => library.Export("tjNoSuchFunction"));

        Assert.That(error!.Message, Does.Contain("tjNoSuchFunction"));
    }
}
