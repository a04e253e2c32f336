using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Infrastructure.Inference;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Infrastructure.Faces;

public static class FaceEngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the inference engine (the nine ONNX Runtime sessions, one shared singleton, loaded at host start) and the
    /// face ports. Options: section <c>Inference</c> (<see cref="InferenceOptions"/>) and <c>Faces</c>
    /// (<see cref="FaceOptions"/>), both validated at start. The image decoder is registered by AddImaging.
    /// </summary>
    public static IServiceCollection AddFaceEngine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<InferenceOptions>().Bind(configuration.GetSection(InferenceOptions.SectionName)).ValidateOnStart();
        services.AddOptions<FaceOptions>().Bind(configuration.GetSection(FaceOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InferenceOptions>, InferenceOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FaceOptions>, FaceOptionsValidator>());

        services.AddSingleton<InferenceEngine>();
        services.AddSingleton<IInferenceStatus>(sp => sp.GetRequiredService<InferenceEngine>());
        services.AddHostedService<InferenceEngineStartup>();

        services.AddSingleton<FaceLandmarker>();
        services.AddSingleton<EmotionEstimator>();
        services.AddSingleton<HeadPoseEstimator>();
        services.AddSingleton<EyeStateEstimator>();
        services.AddSingleton<IFaceDetector, FaceDetector>();
        services.AddSingleton<IFaceEmbedder, FaceEmbedder>();
        services.AddSingleton<ILivenessDetector, LivenessDetector>();
        services.AddSingleton<IFaceAnalyzer, FaceAnalyzer>();
        return services;
    }
}
