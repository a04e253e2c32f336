using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FaceRecognition.Api.Uploads;

/// <summary>The multipart/form-data fields an action binds, by their wire names, and whether each may repeat.</summary>
public static class FormFields
{
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, bool>> Cache = new(StringComparer.Ordinal);

    /// <summary>Field name → true when the field binds to a collection (several files), false for a single value.</summary>
    public static IReadOnlyDictionary<string, bool> Of(ActionDescriptor action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Cache.GetOrAdd(action.Id, _ => Describe(action));
    }

    private static Dictionary<string, bool> Describe(ActionDescriptor action)
    {
        var fields = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in action.Parameters.Where(p => p.BindingInfo?.BindingSource == BindingSource.Form))
        {
            if (IsSimple(parameter.ParameterType))
            {
                fields[parameter.BindingInfo!.BinderModelName ?? parameter.Name] = IsCollection(parameter.ParameterType);
                continue;
            }

            foreach (var property in parameter.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var name = property.GetCustomAttribute<FromFormAttribute>()?.Name ?? property.Name;
                fields[name] = IsCollection(property.PropertyType);
            }
        }

        return fields;
    }

    private static bool IsSimple(Type type) =>
        type == typeof(string) || type.IsPrimitive || Nullable.GetUnderlyingType(type) is not null || typeof(IFormFile).IsAssignableFrom(type) || IsCollection(type);

    private static bool IsCollection(Type type) =>
        type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type);
}
