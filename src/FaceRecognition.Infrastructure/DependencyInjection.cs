using FaceRecognition.Infrastructure.Faces;
using FaceRecognition.Infrastructure.Imaging;
using FaceRecognition.Infrastructure.Persistence;
using FaceRecognition.Infrastructure.Search;
using FaceRecognition.Infrastructure.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FaceRecognition.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Every adapter behind the Application's ports, each capability registering its own pieces.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        services.AddSingleton(TimeProvider.System);
        services.AddImaging(configuration);
        services.AddFaceEngine(configuration);
        services.AddPersistence(configuration);
        services.AddFaceSearch(configuration);
        services.AddSecurity(configuration, environment);

        // Registered after persistence so it starts after the migrations have run.
        services.AddHostedService<FaceIndexLoader>();
        return services;
    }
}
