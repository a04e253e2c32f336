using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FaceRecognition.Api.Errors;

/// <summary>
/// Model-binding errors under the names the API uses: form fields as sent (<c>top_k</c>), JSON members by their name
/// (<c>$.name</c> → <c>name</c>) and errors about the body as a whole under <c>body</c>; never a C# member or type name.
/// </summary>
public static class ModelStateErrors
{
    public const string BodyField = "body";

    public static Dictionary<string, string[]> From(ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (key, entry) in modelState)
        {
            if (entry.Errors.Count == 0)
            {
                continue;
            }

            var field = FieldName(key);
            var messages = entry.Errors.Select(e => Message(key, field, e.ErrorMessage));
            errors[field] = (errors.TryGetValue(field, out var earlier) ? earlier.Concat(messages) : messages).Distinct().ToArray();
        }

        return errors;
    }

    private static string FieldName(string key) => key switch
    {
        "" or "$" => BodyField,
        _ when key.StartsWith("$.", StringComparison.Ordinal) => key[2..],
        _ when key.StartsWith('$') => BodyField,
        _ => key,
    };

    // System.Text.Json's own messages name C# types, so JSON errors get ours (AllowInputFormatterExceptionMessages is off).
    private static string Message(string key, string field, string framework) => key switch
    {
        _ when key.StartsWith('$') && field == BodyField => "The request body is not valid JSON or not the expected object. See /docs for its shape.",
        _ when key.StartsWith('$') => $"'{field}' has the wrong type, or the JSON is malformed there. See /docs for the expected body.",
        _ when string.IsNullOrEmpty(framework) => $"'{field}' is not valid.",
        _ => framework,
    };
}
