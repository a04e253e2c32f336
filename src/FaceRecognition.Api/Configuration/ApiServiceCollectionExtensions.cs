using System.Text.Json;
using FaceRecognition.Api.Errors;
using FaceRecognition.Api.Middleware;
using FaceRecognition.Api.ModelBinding;
using FaceRecognition.Api.Uploads;
using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Application.Common.Options;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Api.Configuration;

public static class ApiServiceCollectionExtensions
{
    public const string CorsPolicy = "configured-origins";

    /// <summary>Most parts (fields and files together) a multipart/form-data body may have.</summary>
    public const int MaxFormParts = 128;

    /// <summary>Longest text field of a form.</summary>
    public const int MaxFormTextFieldBytes = 64 * 1024;

    /// <summary>Options, MVC, problem details, limits, CORS and OpenAPI: everything the HTTP surface needs.</summary>
    public static IServiceCollection AddApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ApiOptions>(configuration, ApiOptions.SectionName);
        services.AddValidatedOptions<SecurityOptions>(configuration, SecurityOptions.SectionName);
        services.AddValidatedOptions<ApplicationOptions>(configuration, ApplicationOptions.SectionName);
        services.AddValidatedOptions<RecognitionOptions>(configuration, RecognitionOptions.SectionName);
        services.AddValidatedOptions<EnrollmentOptions>(configuration, EnrollmentOptions.SectionName);
        services.AddSingleton<IValidateOptions<SecurityOptions>, ApiKeysRequired>();

        services.AddSingleton<UploadReader>();
        services.AddScoped<ApiKeyFilter>();

        // Ahead of the framework's writers, so every problem response has one shape and one content type.
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
        services.AddControllers(o =>
            {
                o.Filters.AddService<ApiKeyFilter>();
                o.Filters.Add(new FormReadFilter());
                o.ModelBinderProviders.Insert(0, new StrictNumberBinderProvider());
                // A missing JSON body is reported as such ("body"), not as a C# parameter that is required.
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            })
            .AddJsonOptions(o =>
            {
                o.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
                o.JsonSerializerOptions.DictionaryKeyPolicy = null;
                // System.Text.Json's messages name C# types; ModelStateErrors says what is wrong in the API's terms.
                o.AllowInputFormatterExceptionMessages = false;
            });

        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.Configure<ApiBehaviorOptions>(o => o.InvalidModelStateResponseFactory = context =>
            new ProblemResult(ProblemMapping.ToProblem(new ValidationException(ModelStateErrors.From(context.ModelState)), includeDetails: false)));

        services.AddSingleton<IConfigureOptions<FormOptions>, ConfigureFormLimits>();
        services.AddSingleton<IConfigureOptions<KestrelServerOptions>, KestrelLimits>();
        services.AddSignUpRateLimit();

        services.AddCors();
        services.AddSingleton<IConfigureOptions<CorsOptions>, ConfigureCorsPolicy>();

        services.AddOpenApiDocs();
        return services;
    }

    // Built from the bound options (not from raw configuration at registration), so every configuration source counts.
    private sealed class ConfigureCorsPolicy(IOptions<ApiOptions> api) : IConfigureOptions<CorsOptions>
    {
        public void Configure(CorsOptions options) => options.AddPolicy(CorsPolicy, policy =>
        {
            var origins = api.Value.CorsAllowedOrigins;
            if (origins.Contains("*"))
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins(origins);
            }

            policy.AllowAnyHeader().AllowAnyMethod().WithExposedHeaders(CorrelationIdMiddleware.HeaderName, "Retry-After");
        });
    }

    private sealed class ConfigureFormLimits(IOptions<ApiOptions> api) : IConfigureOptions<FormOptions>
    {
        public void Configure(FormOptions options)
        {
            options.MultipartBodyLengthLimit = api.Value.MaxRequestBytes;
            // Our forms have a few fields and at most Enrollment:MaxImagesPerRequest (<= 100) files; text fields are short.
            options.ValueCountLimit = MaxFormParts;
            options.ValueLengthLimit = MaxFormTextFieldBytes;
            // Files stay in memory up to the per-file limit: uploads are never written to disk.
            options.MemoryBufferThreshold = (int)Math.Min(int.MaxValue, api.Value.MaxRequestBytes);
        }
    }

    /// <summary>Outside Development a service without API keys would be open to anyone: refuse to start.</summary>
    private sealed class ApiKeysRequired(IHostEnvironment environment) : IValidateOptions<SecurityOptions>
    {
        public ValidateOptionsResult Validate(string? name, SecurityOptions options)
        {
            if (options.ApiKeys.Any(k => k.Length < 16))
            {
                return ValidateOptionsResult.Fail("Security:ApiKeys: every key must be at least 16 characters.");
            }

            return options.ApiKeys.Length == 0 && !environment.IsDevelopment()
                ? ValidateOptionsResult.Fail("Security:ApiKeys: no API key is configured. Set at least one, e.g. Security__ApiKeys__0=<random 32+ chars>.")
                : ValidateOptionsResult.Success;
        }
    }
}
