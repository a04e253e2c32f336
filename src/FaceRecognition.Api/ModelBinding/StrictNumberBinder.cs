using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FaceRecognition.Api.ModelBinding;

/// <summary>
/// Numbers in forms and query strings, read the same way on every server: decimal digits in the invariant culture,
/// an optional sign, and for non-integers a decimal point and exponent. The framework's converters would read
/// <c>0x10</c> as 16, accept NaN and ±Infinity (and <c>1e309</c>, which overflows to Infinity) and follow the server's
/// culture for separators; each of those is refused here with a message naming the field. An absent field stays
/// unset; a field sent empty or more than once is refused.
/// </summary>
public sealed class StrictNumberBinder(Type numberType) : IModelBinder
{
    private const NumberStyles IntegerStyle = NumberStyles.AllowLeadingSign;
    private const NumberStyles RealStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    public static bool Handles(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var number = Nullable.GetUnderlyingType(type) ?? type;
        return number == typeof(int) || number == typeof(long) || number == typeof(double);
    }

    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var field = bindingContext.ModelName;
        var values = bindingContext.ValueProvider.GetValue(field);
        if (values == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(field, values);
        if (values.Length > 1)
        {
            bindingContext.ModelState.TryAddModelError(field, $"'{field}' was sent {values.Length} times; send it once.");
            return Task.CompletedTask;
        }

        var text = values.FirstValue ?? string.Empty;
        if (TryParse(text, out var value))
        {
            bindingContext.Result = ModelBindingResult.Success(value);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(field, numberType == typeof(double)
                ? $"'{field}' must be a finite decimal number such as 0.45 (digits, '.', optional sign and exponent; no NaN, Infinity or hex)."
                : $"'{field}' must be a whole number in decimal digits such as 5, within range (no hex, separators or decimals).");
        }

        return Task.CompletedTask;
    }

    private bool TryParse(string text, out object? value)
    {
        value = null;
        if (numberType == typeof(int) && int.TryParse(text, IntegerStyle, CultureInfo.InvariantCulture, out var i))
        {
            value = i;
        }
        else if (numberType == typeof(long) && long.TryParse(text, IntegerStyle, CultureInfo.InvariantCulture, out var l))
        {
            value = l;
        }
        else if (numberType == typeof(double) && double.TryParse(text, RealStyle, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
        {
            value = d;
        }

        return value is not null;
    }
}

/// <summary>Puts <see cref="StrictNumberBinder"/> in front of the framework's binders for int, long and double.</summary>
public sealed class StrictNumberBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var type = context.Metadata.ModelType;
        return StrictNumberBinder.Handles(type) ? new StrictNumberBinder(Nullable.GetUnderlyingType(type) ?? type) : null;
    }
}
