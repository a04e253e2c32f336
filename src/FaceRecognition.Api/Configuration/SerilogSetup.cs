using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace FaceRecognition.Api.Configuration;

/// <summary>
/// Console plus a daily-rolling <c>logs/app.log</c>, as text or compact JSON (<c>Logging:Format</c>); levels and any
/// further settings from the <c>Serilog</c> configuration section.
/// </summary>
public static class SerilogSetup
{
    public const string FormatKey = "Logging:Format";

    /// <summary>For the few lines written before the host exists (a start-up failure).</summary>
    public static Serilog.Core.Logger CreateConsoleOnly() =>
        new LoggerConfiguration().WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateLogger();

    public static void Configure(LoggerConfiguration logger, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(configuration);
        var logFile = Path.Combine(PrivateFolders.LogDirectory(configuration, contentRoot), PrivateFolders.LogFilePrefix + ".log");
        var json = IsJson(configuration[FormatKey]);
        logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext();
        if (json)
        {
            // One JSON object per line, rendered message included (@m), for log shippers.
            logger.WriteTo.Console(new RenderedCompactJsonFormatter())
                .WriteTo.File(new RenderedCompactJsonFormatter(), logFile, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14, hooks: new OwnerOnlyLogFiles());
            return;
        }

        logger.WriteTo.Console(
                formatProvider: System.Globalization.CultureInfo.InvariantCulture,
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}")
            .WriteTo.File(
                logFile,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture,
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14,
                hooks: new OwnerOnlyLogFiles(),
                outputTemplate: "{Timestamp:yyyy-MM-ddTHH:mm:ss.fffzzz} [{Level:u3}] {SourceContext}: {Message:lj} {Properties:j}{NewLine}{Exception}");
    }

    private static bool IsJson(string? format) => format?.ToLowerInvariant() switch
    {
        null or "" or "text" => false,
        "json" => true,
        _ => throw new InvalidOperationException($"{FormatKey} must be text or json, not '{format}'."),
    };
}
