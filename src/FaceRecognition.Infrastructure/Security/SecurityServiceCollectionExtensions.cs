using System.Security.Cryptography;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Application.Common.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Infrastructure.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>
    /// Password hashing, access-token issuing, the revoked-token check and section <c>Auth</c> (validated at
    /// startup). The JwtBearer handler itself is wired by the web host with <see cref="AccessTokenValidation"/>.
    /// </summary>
    public static IServiceCollection AddSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);

        var authOptions = services.AddOptions<AuthOptions>()
            .Bind(configuration.GetSection(AuthOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        if (environment.IsDevelopment())
        {
            // A developer who has not set a key still gets working tokens; they just die with the process.
            // Generated once here, not inside the callback, so every options instance sees the same key.
            var ephemeralKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
            authOptions.PostConfigure(o => o.SigningKey = string.IsNullOrWhiteSpace(o.SigningKey) ? ephemeralKey : o.SigningKey);
        }

        services.TryAddSingleton(environment);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPasswordHasher, IdentityPasswordHasher>();
        services.TryAddSingleton<IAccessTokenService, JwtAccessTokenService>();
        services.TryAddScoped<RevokedTokenCheck>();
        return services;
    }
}
