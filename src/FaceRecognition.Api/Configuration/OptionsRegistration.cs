using Microsoft.Extensions.Options;

namespace FaceRecognition.Api.Configuration;

public static class OptionsRegistration
{
    /// <summary>Binds a section and validates it when the host starts, not at first use.</summary>
    public static IServiceCollection AddValidatedOptions<TOptions>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
    {
        services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>>(new SectionValidator<TOptions>(section));
        return services;
    }
}
