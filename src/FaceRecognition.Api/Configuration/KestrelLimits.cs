using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Api.Configuration;

/// <summary>
/// Kestrel settings from the validated <c>Api</c> section: body size and minimum body rate, and no <c>Server</c> header
/// (it only tells an attacker what to look up). Kestrel's other limits keep their defaults; what Kestrel answers itself,
/// before the app sees a request, is listed in README "Errors".
/// </summary>
public sealed class KestrelLimits(IOptions<ApiOptions> api) : IConfigureOptions<KestrelServerOptions>
{
    public const int MaxRequestLineBytes = 16 * 1024;

    public void Configure(KestrelServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = api.Value;
        options.AddServerHeader = false;
        // Twice Kestrel's default, so that targets up to here reach RequestTargetRules and get a 414 problem, not a bare 414.
        options.Limits.MaxRequestLineSize = MaxRequestLineBytes;
        options.Limits.MaxRequestBodySize = limits.MaxRequestBytes;
        options.Limits.MinRequestBodyDataRate = new MinDataRate(
            limits.MinRequestBodyBytesPerSecond, TimeSpan.FromSeconds(limits.RequestBodyGracePeriodSeconds));
    }
}
