using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FaceRecognition.IntegrationTests.Support;

namespace FaceRecognition.IntegrationTests.Galleries;

/// <summary>The gallery endpoints as a client calls them; every call asserts the status it expects.</summary>
public sealed class GalleryApi(HttpClient client)
{
    public async Task<JsonElement> EnrollAsync(string gallery, string subject, string name, params byte[][] images)
    {
        using var form = Multipart.Form([("name", name), .. images.Select(i => ("images", (object)i))]);
        using var response = await client.PostAsync(new Uri($"/api/v1/galleries/{gallery}/subjects/{subject}/faces", UriKind.Relative), form);
        return await JsonAsync(response, HttpStatusCode.Created);
    }

    public async Task<JsonElement> MatchAsync(string gallery, byte[] image, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var form = Multipart.Form(("image", image));
        using var response = await client.PostAsync(new Uri($"/api/v1/galleries/{gallery}/match", UriKind.Relative), form);
        return await JsonAsync(response, expected);
    }

    public async Task<JsonElement> VerifyAsync(string gallery, string subject, byte[] image, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var form = Multipart.Form(("image", image));
        using var response = await client.PostAsync(new Uri($"/api/v1/galleries/{gallery}/subjects/{subject}/verify", UriKind.Relative), form);
        return await JsonAsync(response, expected);
    }

    public async Task<JsonElement> GetAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return await JsonAsync(response, expected);
    }

    public async Task<JsonElement> CreateGalleryAsync(string name, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/galleries", UriKind.Relative), new { name });
        return await JsonAsync(response, expected);
    }

    public async Task DeleteAsync(string path, HttpStatusCode expected = HttpStatusCode.NoContent)
    {
        using var response = await client.DeleteAsync(new Uri(path, UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), body);
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }
}
