using FaceRecognition.IntegrationTests.Support;

namespace FaceRecognition.IntegrationTests.Faces;

/// <summary>One running service (SQLite, real models) shared by the stateless face endpoint tests.</summary>
public abstract class FaceEndpointsFixture
{
    protected TestService Service { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartService()
    {
        Service = new TestService();
        Client = Service.CreateApiClient();
    }

    [OneTimeTearDown]
    public async Task StopService()
    {
        Client.Dispose();
        await Service.DisposeAsync();
    }

    protected Task<HttpResponseMessage> PostAsync(string path, MultipartFormDataContent form) =>
        Client.PostAsync(new Uri(path, UriKind.Relative), form);
}
