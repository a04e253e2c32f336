using System.Security.Cryptography;
using System.Text;
using FaceRecognition.Api.Configuration;
using FaceRecognition.Api.Errors;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Api.Middleware;

/// <summary>Marks a controller or action that is reachable without an API key (health, root, face sign-in).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowWithoutApiKeyAttribute : Attribute;

/// <summary>Every controller action needs a valid <c>X-Api-Key</c> unless marked <see cref="AllowWithoutApiKeyAttribute"/>.</summary>
public sealed class ApiKeyFilter(IOptions<SecurityOptions> options) : IAuthorizationFilter
{
    public const string HeaderName = "X-Api-Key";

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ActionDescriptor.EndpointMetadata.OfType<AllowWithoutApiKeyAttribute>().Any())
        {
            return;
        }

        var supplied = context.HttpContext.Request.Headers[HeaderName].ToString();
        if (supplied.Length > 0 && options.Value.ApiKeys.Any(k => FixedTimeEquals(k, supplied)))
        {
            return;
        }

        context.Result = new ProblemResult(ProblemMapping.Refusal(
            StatusCodes.Status401Unauthorized,
            "API key missing or invalid.",
            supplied.Length == 0
                ? $"Send your API key in the '{HeaderName}' header."
                : $"The key in the '{HeaderName}' header is not valid."));
    }

    // Constant-time comparison so response timing does not reveal how much of a key was right.
    private static bool FixedTimeEquals(string expected, string supplied) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)),
            SHA256.HashData(Encoding.UTF8.GetBytes(supplied)));
}
