using System.Reflection;
using FaceRecognition.Application.Common.Behaviours;
using FaceRecognition.Application.Common.Faces;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FaceRecognition.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers MediatR 5 (handlers and validators found by assembly scan: that version has no DI package here),
    /// the pipeline behaviours, and the application services. Options are bound by the composition root.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        var assembly = Assembly.GetExecutingAssembly();

        services.TryAddTransient<ServiceFactory>(sp => sp.GetService!);
        services.TryAddTransient<IMediator, Mediator>();

        RegisterClosedImplementations(services, assembly, typeof(IRequestHandler<,>));
        RegisterClosedImplementations(services, assembly, typeof(IValidator<>));

        // Order matters: outermost first. Logging sees everything, timing includes validation; only valid face requests
        // wait for a face workload slot.
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(PerformanceBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(FaceWorkloadBehaviour<,>));
        services.AddSingleton<FaceWorkloadLimiter>();

        services.AddSingleton<FacePipeline>();
        services.AddTransient<Galleries.Common.GalleryLookup>();
        return services;
    }

    private static void RegisterClosedImplementations(IServiceCollection services, Assembly assembly, Type openInterface)
    {
        foreach (var type in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }))
        {
            foreach (var implemented in type.GetInterfaces()
                         .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == openInterface))
            {
                services.AddTransient(implemented, type);
            }
        }
    }
}
