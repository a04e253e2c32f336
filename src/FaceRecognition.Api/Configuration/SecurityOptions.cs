namespace FaceRecognition.Api.Configuration;

/// <summary>Section <c>Security</c>.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>Accepted values of the <c>X-Api-Key</c> header. Set from the environment: <c>Security__ApiKeys__0=…</c>.</summary>
    public string[] ApiKeys { get; set; } = [];
}
