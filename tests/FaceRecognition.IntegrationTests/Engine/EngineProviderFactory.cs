using FaceRecognition.Infrastructure.Faces;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FaceRecognition.IntegrationTests.Engine;

/// <summary>Builds a service provider with the face engine registered exactly as the API does, from in-memory settings.</summary>
internal static class EngineProviderFactory
{
    public static ServiceProvider Build(IDictionary<string, string?> settings, ILoggerProvider? logs = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(builder =>
        {
            if (logs is not null)
            {
                builder.AddProvider(logs);
            }
        });
        services.AddFaceEngine(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
