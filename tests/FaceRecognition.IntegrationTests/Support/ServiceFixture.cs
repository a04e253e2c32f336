namespace FaceRecognition.IntegrationTests.Support;

/// <summary>One running service (SQLite, real models) per test fixture, with a client that sends the API key.</summary>
public abstract class ServiceFixture
{
    protected TestService Service { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    /// <summary>Settings that override appsettings for this fixture's service.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    [OneTimeSetUp]
    public void StartService()
    {
        Service = new TestService(Settings);
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
