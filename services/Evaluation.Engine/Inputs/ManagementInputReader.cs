using System.Text.Json;
using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Schemes;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Evaluation.Engine.Inputs;

/// <summary>One entry of <c>management</c>: a yes/no or a number, always declared.</summary>
internal static class ManagementInputReader
{
    public static ManagementInput? Read(SchemeDefinition scheme, string code, JsonElement value, List<InputError> errors)
    {
        var field = $"management.{code}";
        var item = scheme.Management?.Items.FirstOrDefault(i => i.Code == code);
        if (item is null)
        {
            errors.Add(InputError.For(field, "unknown-management-item", scheme.Management is null
                ? $"Scheme {scheme.Id} has no management score; '{code}' cannot be given."
                : $"{code} is not a management item of scheme {scheme.Id} (items: {string.Join(", ", scheme.Management.Items.Select(i => i.Code))})."));
            return null;
        }

        var kind = item.Kind ?? IndicatorKind.Number;
        var max = kind == IndicatorKind.Ratio ? 1m : (decimal?)null;
        return ValueReading.Read(value, kind, max, field, errors) is { } scalar
            ? new ManagementInput(scalar, ValueProvenance.Declared)
            : null;
    }
}
