using System.Net.Http.Headers;
using FaceRecognition.IntegrationTests.Support;

namespace FaceRecognition.IntegrationTests.Auth;

/// <summary>The four auth endpoints as a client calls them: multipart forms in, bearer tokens for /logout and /me.</summary>
internal sealed class AuthApi(HttpClient client)
{
    public async Task<HttpResponseMessage> SignUpAsync(string username, string email, string password, byte[] face)
    {
        using var form = Multipart.Form(("username", username), ("email", email), ("password", password), ("face", face));
        return await client.PostAsync(new Uri("/api/v1/auth/signup", UriKind.Relative), form);
    }

    public async Task<HttpResponseMessage> SignInAsync(string username, string password, byte[] face)
    {
        using var form = Multipart.Form(("username", username), ("password", password), ("face", face));
        return await client.PostAsync(new Uri("/api/v1/auth/signin", UriKind.Relative), form);
    }

    public Task<HttpResponseMessage> MeAsync(string? token) => SendAsync(HttpMethod.Get, "/api/v1/auth/me", token);

    public Task<HttpResponseMessage> LogOutAsync(string? token) => SendAsync(HttpMethod.Post, "/api/v1/auth/logout", token);

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }
}
