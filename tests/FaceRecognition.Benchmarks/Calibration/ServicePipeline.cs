using FaceRecognition.Application;
using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Application.Common.Faces;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Application.Common.Models;
using FaceRecognition.Application.Common.Options;
using FaceRecognition.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Benchmarks.Calibration;

/// <summary>
/// The service's own face pipeline and decision settings, composed the way the service composes them: the
/// Application and Infrastructure registrations, the Api's appsettings.json, environment variables and
/// <c>--Section:Key=value</c> overrides. Nothing is started (no database, no HTTP). This is the one file that knows
/// how photos reach the pipeline: when the pipeline's ports change, only this adapter changes.
/// </summary>
internal sealed class ServicePipeline : IDisposable
{
    private const string UploadField = "image";

    private readonly IHost _host;
    private readonly FacePipeline _pipeline;

    private ServicePipeline(IHost host)
    {
        _host = host;
        _pipeline = host.Services.GetRequiredService<FacePipeline>();
        Recognition = host.Services.GetRequiredService<IOptions<RecognitionOptions>>().Value;
    }

    /// <summary>The decision settings the service would use with the same configuration.</summary>
    public RecognitionOptions Recognition { get; }

    /// <summary>The threshold a 1:1 compare and a 1:N match use when the request gives none.</summary>
    public double ShippedThreshold => Recognition.MatchThreshold;

    public static string ShippedThresholdSource => $"{RecognitionOptions.SectionName}:{nameof(RecognitionOptions.MatchThreshold)}";

    public string ModelId => _pipeline.ModelId;

    /// <summary>The service's search index (one per pipeline), for open-set runs.</summary>
    public IFaceIndex Index => _host.Services.GetRequiredService<IFaceIndex>();

    /// <param name="settingOverrides">Service settings as the service takes them on its command line, e.g. <c>--Faces:MinDetectionScore=0.8</c>.</param>
    public static ServicePipeline Create(IReadOnlyList<string> settingOverrides)
    {
        var apiFolder = RepositoryPaths.Require("src/FaceRecognition.Api/appsettings.json", "Run the bench from a checkout of the repository.");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. settingOverrides],
            ContentRootPath = Path.GetDirectoryName(apiFolder),
            EnvironmentName = Environments.Production,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddApplication();
        builder.Services.AddInfrastructure(builder.Configuration, builder.Environment);
        builder.Services.AddOptions<RecognitionOptions>()
            .Bind(builder.Configuration.GetSection(RecognitionOptions.SectionName))
            .ValidateDataAnnotations();
        return new ServicePipeline(builder.Build());
    }

    /// <summary>Reads one photo as the service would read an upload.</summary>
    public PhotoReading Read(string photo, byte[] bytes)
    {
        var upload = new ImageUpload(UploadField, bytes);
        try
        {
            var (image, detected) = _pipeline.DetectAll(upload);
            var faces = detected.Select(f => FaceSummary.From(f, image.Width, image.Height)).ToList();
            if (faces.Count == 0)
            {
                return new PhotoReading(photo, image.Width, image.Height, faces, null, null, "no face (422)");
            }

            var chosen = _pipeline.EmbedLargestFace(upload);
            return new PhotoReading(photo, image.Width, image.Height, faces, FaceSummary.From(chosen.Face, image.Width, image.Height), chosen.Embedding, null);
        }
        catch (NoFaceDetectedException)
        {
            return new PhotoReading(photo, 0, 0, [], null, null, "no face (422)");
        }
        catch (InvalidImageException ex)
        {
            return new PhotoReading(photo, 0, 0, [], null, null, $"not a usable image ({ex.Reason})");
        }
    }

    public void Dispose() => _host.Dispose();
}
