using FaceRecognition.Application.Common.Interfaces;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FaceRecognition.Infrastructure.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>Registers the in-memory face index (one singleton, as itself and as <see cref="IFaceIndex"/>).</summary>
    public static IServiceCollection AddFaceSearch(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SearchOptions>()
            .Bind(configuration.GetSection(SearchOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<InMemoryFaceIndex>();
        services.AddSingleton<IFaceIndex>(sp => sp.GetRequiredService<InMemoryFaceIndex>());
        return services;
    }
}
