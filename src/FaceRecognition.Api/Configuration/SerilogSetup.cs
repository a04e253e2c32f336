using Serilog;
using Serilog.Events;

namespace FaceRecognition.Api.Configuration;

/// <summary>Console plus a daily-rolling <c>logs/app.log</c>; levels from the <c>Serilog</c> configuration section.</summary>
public static class SerilogSetup
{
    /// <summary>For the few lines written before the host exists (a start-up failure).</summary>
    public static Serilog.Core.Logger CreateConsoleOnly() =>
        new LoggerConfiguration().WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateLogger();

    public static Serilog.ILogger Create(IConfiguration configuration, string contentRoot)
    {
        var logDirectory = PrivateFolders.LogDirectory(configuration, contentRoot);
        return new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture, outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}")
            .WriteTo.File(
                Path.Combine(logDirectory, PrivateFolders.LogFilePrefix + ".log"),
                formatProvider: System.Globalization.CultureInfo.InvariantCulture,
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14,
                hooks: new OwnerOnlyLogFiles(),
                outputTemplate: "{Timestamp:yyyy-MM-ddTHH:mm:ss.fffzzz} [{Level:u3}] {SourceContext}: {Message:lj} {Properties:j}{NewLine}{Exception}")
            .CreateLogger();
    }
}
