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
        services.AddSecurity(configuration, environment);
        return services;
    }
}
