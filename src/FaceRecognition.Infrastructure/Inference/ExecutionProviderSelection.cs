namespace FaceRecognition.Infrastructure.Inference;

/// <summary>The provider the sessions run on and, when CUDA was wanted but is not used, why.</summary>
internal sealed record ExecutionProviderSelection(ExecutionProviderKind Provider, string? FallbackReason);
