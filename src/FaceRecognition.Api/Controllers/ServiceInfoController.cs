using System.Reflection;
using FaceRecognition.Api.Middleware;
using Microsoft.AspNetCore.Mvc;

namespace FaceRecognition.Api.Controllers;

/// <summary>What this service is and that it is up.</summary>
[ApiController]
[AllowWithoutApiKey]
public sealed class ServiceInfoController : ControllerBase
{
    public sealed record ServiceInfo(string Service, string Version, string Status, string Docs);

    [HttpGet("/")]
    public ServiceInfo Get() => new(
        "FaceRecognition",
        typeof(ServiceInfoController).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0",
        "ok",
        "/docs");
}
