using FaceRecognition.Api.Middleware;
using Microsoft.OpenApi;

namespace FaceRecognition.Api.Configuration;

/// <summary>The OpenAPI document and Swagger UI served at <c>/docs</c>.</summary>
public static class OpenApiDocsSetup
{
    public static IServiceCollection AddOpenApiDocs(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "FaceRecognition",
                Version = "v1",
                Description = "Enrol faces, find a person in a gallery (1:N), verify one (1:1), compare photos, analyse faces, sign in with password + face. Send X-Api-Key on /api/v1 endpoints (not on /api/v1/auth).",
            });
            // The "Authorize" button of Swagger UI: an API key for most endpoints, a bearer token for /auth/me and /auth/logout.
            o.AddSecurityDefinition(ApiKeyFilter.HeaderName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyFilter.HeaderName,
                Description = "API key from Security:ApiKeys (./run.sh default: local-dev-key-0001)",
            });
            o.AddSecurityDefinition("Bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "access_token from /api/v1/auth/signup or /api/v1/auth/signin",
            });
            o.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(ApiKeyFilter.HeaderName, document)] = [],
            });
        });
        return services;
    }
}
