using FaceRecognition.Api.Configuration;
using FaceRecognition.Api.Health;
using FaceRecognition.Api.Middleware;
using FaceRecognition.Application;
using FaceRecognition.Infrastructure;
using Microsoft.Extensions.Options;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
// Serilog is built from the final configuration (tests and environment variables included), when the host resolves
// it; the static Log.Logger is left alone so several hosts (the integration tests) can live in one process.
builder.Host.UseSerilog(
    (context, _, logger) => SerilogSetup.Configure(logger, context.Configuration, context.HostingEnvironment.ContentRootPath),
    preserveStaticLogger: true);
using var startupLogger = SerilogSetup.CreateConsoleOnly();

builder.Services.AddApi(builder.Configuration);
builder.Services.AddApiHealthChecks();
builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment);
builder.Services.AddFaceAuthJwtBearer();

WebApplication app;
try
{
    app = builder.Build();
}
catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException)
{
    startupLogger.Fatal("Start-up failed: {Reason}", ex.Message);
    throw;
}

if (MigrateCommand.IsRequested(args))
{
    await MigrateCommand.RunAsync(app.Services);
    return;
}

app.UseMiddleware<CorrelationIdMiddleware>();
app.UseSerilogRequestLogging(options => RequestLogLine.Configure(options, app.Services.GetRequiredService<Serilog.ILogger>()));
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<RequestTargetGuardMiddleware>();
app.UseMiddleware<RequestSizeGuardMiddleware>();
app.UseRouting();

app.UseSwagger(o => o.RouteTemplate = "docs/{documentName}/openapi.json");
app.UseSwaggerUI(o =>
{
    o.RoutePrefix = "docs";
    o.SwaggerEndpoint("/docs/v1/openapi.json", "FaceRecognition v1");
    o.DocumentTitle = "FaceRecognition API";
});

app.UseCors(ApiServiceCollectionExtensions.CorsPolicy);
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.MapControllers();
app.MapHealthEndpoints();

try
{
    PrivateFolders.Secure(app.Services, app.Logger);
    await app.RunAsync();
}
catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException or IOException or UnauthorizedAccessException)
{
    // Options are validated when the host starts: say which key is wrong and stop with a non-zero exit code.
    startupLogger.Fatal("Start-up failed: {Reason}", ex.Message);
    throw;
}

/// <summary>Entry point; public so the integration tests' WebApplicationFactory can reach it.</summary>
public partial class Program;
