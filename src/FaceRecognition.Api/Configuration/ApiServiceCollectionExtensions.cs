using System.Text.Json;
using FaceRecognition.Api.Errors;
using FaceRecognition.Api.Middleware;
using FaceRecognition.Api.Uploads;
using FaceRecognition.Application.Common.Options;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Api.Configuration;

public static class ApiServiceCollectionExtensions
{
    public const string CorsPolicy = "configured-origins";

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
        services.AddControllers(o => o.Filters.AddService<ApiKeyFilter>())
            .AddJsonOptions(o =>
            {
                o.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
                o.JsonSerializerOptions.DictionaryKeyPolicy = null;
            });

        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Instance ??= ctx.HttpContext.Request.Path;
            ctx.ProblemDetails.Extensions["traceId"] = ctx.HttpContext.TraceIdentifier;
            if (ctx.HttpContext.Items.TryGetValue(CorrelationIdMiddleware.HeaderName, out var id))
            {
                ctx.ProblemDetails.Extensions["correlationId"] = id;
            }

            if (ctx.ProblemDetails.Status == StatusCodes.Status405MethodNotAllowed)
            {
                ctx.ProblemDetails.Detail ??= $"{ctx.HttpContext.Request.Method} is not allowed on {ctx.HttpContext.Request.Path}. See /docs for the methods each path accepts.";
            }
            else if (ctx.ProblemDetails.Status == StatusCodes.Status404NotFound)
            {
                ctx.ProblemDetails.Detail ??= $"There is no endpoint at {ctx.HttpContext.Request.Path}. See /docs for the API.";
            }
            else if (ctx.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType)
            {
                ctx.ProblemDetails.Detail ??= "Send this request as multipart/form-data (files) or application/json as documented at /docs.";
            }
        });
        services.AddExceptionHandler<ApiExceptionHandler>();

        services.AddSingleton<IConfigureOptions<FormOptions>, ConfigureFormLimits>();
        services.Configure<ApiBehaviorOptions>(o => o.InvalidModelStateResponseFactory = ctx =>
        {
            var problem = new ValidationProblemDetails(ctx.ModelState)
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "One or more fields are invalid.",
            };
            return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
        });

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
