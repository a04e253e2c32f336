namespace FaceRecognition.Application.Common.Interfaces;

/// <summary>What the inference engine is running on, for health reports and logs.</summary>
public interface IInferenceStatus
{
    /// <summary>"Cpu" or "Cuda": the provider actually in use, not merely the one configured.</summary>
    string ExecutionProvider { get; }

    /// <summary>Why the configured provider is not the one in use, or null when it is.</summary>
    string? FallbackReason { get; }

    bool ModelsLoaded { get; }
}
