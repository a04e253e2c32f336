using System.Reflection;

namespace FaceRecognition.UnitTests.Architecture;

/// <summary>The dependency rule of docs/architecture.md, checked on the compiled assemblies.</summary>
[TestFixture]
public sealed class DependencyRuleTests
{
    private static readonly Assembly Domain = typeof(FaceRecognition.Domain.Faces.Embedding).Assembly;
    private static readonly Assembly Application = typeof(FaceRecognition.Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(FaceRecognition.Infrastructure.DependencyInjection).Assembly;

    [Test]
    public void Domain_ReferencesOnlyTheBaseClassLibrary()
    {
        var offending = References(Domain).Where(name => !IsBcl(name)).ToList();
        Assert.That(offending, Is.Empty, "Domain must not reference: " + string.Join(", ", offending));
    }

    [Test]
    public void Application_ReferencesOnlyDomainAndItsOwnPackages()
    {
        string[] allowedPrefixes = ["FaceRecognition.Domain", "MediatR", "FluentValidation", "Microsoft.Extensions."];
        var offending = References(Application)
            .Where(name => !IsBcl(name) && !allowedPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)))
            .ToList();
        Assert.That(offending, Is.Empty, "Application must not reference: " + string.Join(", ", offending));
    }

    [Test]
    public void Infrastructure_DoesNotReferenceTheApi()
    {
        Assert.That(References(Infrastructure), Has.None.StartsWith("FaceRecognition.Api"));
    }

    [Test]
    public void Application_DoesNotReferenceInfrastructureOrApi()
    {
        Assert.That(References(Application), Has.None.StartsWith("FaceRecognition.Infrastructure").And.None.StartsWith("FaceRecognition.Api"));
    }

    [Test]
    public void DependencyRule_DetectsAForbiddenReference()
    {
        // Guards the guard: Infrastructure does reference a non-BCL package, so the BCL check must flag it.
        Assert.That(References(Infrastructure).Where(name => !IsBcl(name)), Is.Not.Empty);
    }

    private static IEnumerable<string> References(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty);

    private static bool IsBcl(string name) =>
        name is "netstandard" or "mscorlib" || name.StartsWith("System", StringComparison.Ordinal)
        || name.StartsWith("Microsoft.Win32", StringComparison.Ordinal);
}
