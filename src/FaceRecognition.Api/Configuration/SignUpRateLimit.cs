using System.Threading.RateLimiting;
using FaceRecognition.Api.Errors;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Api.Configuration;

/// <summary>
/// Sign-up must say when a username is taken to be usable, which lets anyone test whether a username exists; a fixed
/// window of <c>Api:SignUpLimitPerClient</c> sign-up requests per client address keeps that from being done at scale
/// (docs/auth.md). Sign-in needs no such limit: its answers are the same for unknown and known usernames, and lockout
/// counts guesses per username.
/// </summary>
public static class SignUpRateLimit
{
    public const string Policy = "sign-up";

    public static IServiceCollection AddSignUpRateLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ApiOptions>>((limiter, api) =>
        {
            var permits = api.Value.SignUpLimitPerClient;
            var window = TimeSpan.FromMinutes(api.Value.SignUpLimitWindowMinutes);
            limiter.AddPolicy(Policy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));

            // Thrown, not written here: the exception handler is the one place that turns refusals into problems.
            limiter.OnRejected = (context, _) => throw new RequestRefusedException(
                StatusCodes.Status429TooManyRequests,
                "Too many sign-ups.",
                $"This client has made {permits} sign-up requests in the last {window.TotalMinutes:0} minutes, the most allowed. Wait and try again.")
            {
                RetryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : window,
            };
        });
        return services;
    }
}
