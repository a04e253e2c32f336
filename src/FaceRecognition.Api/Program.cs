using FaceRecognition.Api.Configuration;
using FaceRecognition.Api.Health;
using FaceRecognition.Api.Middleware;
using FaceRecognition.Application;
using FaceRecognition.Infrastructure;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);
// Serilog is built from the final configuration (tests and environment variables included), when the host resolves it.
builder.Logging.ClearProviders();
builder.Logging.Services.AddSingleton<ILoggerProvider>(sp => new Serilog.Extensions.Logging.SerilogLoggerProvider(
    SerilogSetup.Create(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath), dispose: true));
using var startupLogger = SerilogSetup.CreateConsoleOnly();

builder.Services.AddApi(builder.Configuration);
builder.Services.AddApiHealthChecks();
builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment);
builder.Services.AddFaceAuthJwtBearer();
builder.WebHost.ConfigureKestrel((context, kestrel) =>
    kestrel.Limits.MaxRequestBodySize = context.Configuration.GetValue<long?>("Api:MaxRequestBytes") ?? new ApiOptions().MaxRequestBytes);

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

app.UseMiddleware<RequestLoggingMiddleware>();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<RequestSizeGuardMiddleware>();

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
app.MapControllers();
app.MapHealthEndpoints();

try
{
    await app.RunAsync();
}
catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException or IOException)
{
    // Options are validated when the host starts: say which key is wrong and stop with a non-zero exit code.
    startupLogger.Fatal("Start-up failed: {Reason}", ex.Message);
    throw;
}

/// <summary>Entry point; public so the integration tests' WebApplicationFactory can reach it.</summary>
public partial class Program;
