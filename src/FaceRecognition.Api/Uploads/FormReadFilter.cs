using FaceRecognition.Api.Errors;
using FaceRecognition.Application.Common.Exceptions;
using Microsoft.AspNetCore.Mvc.Filters;

namespace FaceRecognition.Api.Uploads;

/// <summary>
/// Reads a form body before model binding. A failure (over a size limit, broken framing, a client too slow) then
/// reaches the exception handler with its cause and becomes a 413, 408 or 400 problem, instead of an anonymous
/// model-state error. A field the endpoint takes once but that was sent several times is refused: which copy to use
/// would be a guess.
/// </summary>
public sealed class FormReadFilter : IAsyncResourceFilter
{
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var fields = FormFields.Of(context.ActionDescriptor);
        var request = context.HttpContext.Request;
        if (fields.Count > 0 && request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
            {
                throw new FormReadException(e);
            }

            RefuseRepeatedFields(form, fields);
        }

        await next();
    }

    private static void RefuseRepeatedFields(IFormCollection form, IReadOnlyDictionary<string, bool> fields)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (field, repeatable) in fields)
        {
            var count = form[field].Count + form.Files.GetFiles(field).Count;
            if (!repeatable && count > 1)
            {
                errors[field] = [$"'{field}' was sent {count} times; send it once."];
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }
}
