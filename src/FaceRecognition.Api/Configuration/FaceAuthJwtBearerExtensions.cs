using FaceRecognition.Api.Errors;
using FaceRecognition.Application.Common.Options;
using FaceRecognition.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Api.Configuration;

public static class FaceAuthJwtBearerExtensions
{
    /// <summary>
    /// Bearer authentication for the face sign-in tokens: validation parameters from <see cref="AccessTokenValidation"/>
    /// (built from the validated <c>Auth</c> section), revoked <c>jti</c>s refused via <see cref="RevokedTokenCheck"/>,
    /// and failures answered as problem responses like every other error. Needs <c>AddSecurity</c>.
    /// </summary>
    public static IServiceCollection AddFaceAuthJwtBearer(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((bearer, auth) =>
            {
                // Keep "sub" and "jti" as they are in the token instead of mapping them to long WS-* claim types.
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = AccessTokenValidation.CreateParameters(auth.Value);
                bearer.Events = new JwtBearerEvents
                {
                    OnTokenValidated = RejectRevokedAsync,
                    OnChallenge = WriteProblemAsync,
                };
            });
        services.AddAuthorization();
        return services;
    }

    private static async Task RejectRevokedAsync(TokenValidatedContext context)
    {
        var check = context.HttpContext.RequestServices.GetRequiredService<RevokedTokenCheck>();
        var reason = await check.RejectionReasonAsync(context.Principal!, context.HttpContext.RequestAborted);
        if (reason is not null)
        {
            context.Fail(reason);
        }
    }

    private static async Task WriteProblemAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var response = context.Response;
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = "Bearer";
        var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails = ProblemMapping.Refusal(
                StatusCodes.Status401Unauthorized,
                "Unauthorized.",
                context.AuthenticateFailure is null
                    ? "Send an access token from /api/v1/auth/signin in the header 'Authorization: Bearer <token>'."
                    : "The access token is invalid, expired or revoked. Sign in again for a new one."),
        });
    }
}
