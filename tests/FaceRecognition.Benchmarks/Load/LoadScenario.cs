using System.Net.Http.Headers;

namespace FaceRecognition.Benchmarks.Load;

/// <summary>One kind of request the load bench drives, and the photos whose model work it costs.</summary>
/// <param name="NewRequest">Builds request number n (enrolment needs a fresh subject each time).</param>
/// <param name="ModelPhotos">The photos the service runs the models on for one request.</param>
internal sealed record LoadScenario(string Name, string Description, Func<int, HttpRequestMessage> NewRequest, IReadOnlyList<byte[]> ModelPhotos)
{
    public const string MatchGallery = "load-match";

    public static IReadOnlyList<LoadScenario> All(LoadPhotos photos, string runId)
    {
        ArgumentNullException.ThrowIfNull(photos);
        return
        [
            new("compare-640", "POST /compare, two 640×480 JPEGs", _ => Post("api/v1/compare", ("reference_image", photos.SmallA), ("live_image", photos.SmallB)), [photos.SmallA, photos.SmallB]),
            new("compare-12mp", "POST /compare, two 4000×3000 JPEGs", _ => Post("api/v1/compare", ("reference_image", photos.LargeA), ("live_image", photos.LargeB)), [photos.LargeA, photos.LargeB]),
            new("match-640", $"POST /galleries/{MatchGallery}/match, one 640×480 JPEG", _ => Post($"api/v1/galleries/{MatchGallery}/match", ("image", photos.SmallB)), [photos.SmallB]),
            new("enrol-640", "POST /galleries/{g}/subjects/{new id}/faces, one 640×480 JPEG", n => Enrol($"load-enrol-{runId}", $"s{n}", photos.SmallA), [photos.SmallA]),
        ];
    }

    /// <summary>The match gallery: both sample people enrolled, so a match probe is granted.</summary>
    public static IEnumerable<HttpRequestMessage> Setup(LoadPhotos photos)
    {
        ArgumentNullException.ThrowIfNull(photos);
        yield return Enrol(MatchGallery, "person-a", photos.SmallA);
        yield return Enrol(MatchGallery, "person-b", photos.SmallB);
    }

    private static HttpRequestMessage Enrol(string gallery, string subject, byte[] photo)
    {
        var request = Post($"api/v1/galleries/{gallery}/subjects/{subject}/faces", ("images", photo));
        ((MultipartFormDataContent)request.Content!).Add(new StringContent(subject), "name");
        return request;
    }

    private static HttpRequestMessage Post(string path, params (string Field, byte[] Photo)[] parts)
    {
        var content = new MultipartFormDataContent();
        foreach (var (field, photo) in parts)
        {
            var file = new ByteArrayContent(photo);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            content.Add(file, field, field + ".jpg");
        }

        return new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = content };
    }
}
