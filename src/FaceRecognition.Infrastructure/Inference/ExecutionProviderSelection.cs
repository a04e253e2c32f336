namespace FaceRecognition.Infrastructure.Inference;

/// <summary>The provider actually configured on the session options and, when it is not the one asked for, why.</summary>
internal sealed record ExecutionProviderSelection(ExecutionProviderKind Provider, string? FallbackReason);
