using System.Text.RegularExpressions;
using ActivityKinds = CarbonPlatform.Domain.Requests.ActivityKinds;

namespace CarbonPlatform.ActivityData.Boundary;

public sealed record EnterpriseRequest(string Name, string? CreditCode, bool KeyEnergyUser);

public sealed record SourceRequest(Guid EnterpriseId, string Name, string Kind, string Unit, bool Metered);

/// <summary>Reads the bodies that register an enterprise or an emission source; every error names its field. Pure.</summary>
public static partial class BoundaryRequests
{
    public const int MaxName = 200;

    public static (EnterpriseRequest? Request, List<InputError> Errors) ReadEnterprise(JsonElement body)
    {
        var errors = new List<InputError>();
        if (body.ValueKind != JsonValueKind.Object) return (null, [new InputError(null, "body", "invalid-type", "The enterprise must be a JSON object.")]);
        var name = Name(body, errors);
        var code = Text(body, "creditCode", errors)?.Trim().ToUpperInvariant();
        if (code is not null && !CreditCode().IsMatch(code))
            errors.Add(new InputError(null, "creditCode", "invalid-credit-code", "creditCode is the 18-character unified social credit code (统一社会信用代码)."));
        var key = Flag(body, "keyEnergyUser", errors);
        return errors.Count > 0 ? (null, errors) : (new EnterpriseRequest(name!, code, key), errors);
    }

    public static (SourceRequest? Request, List<InputError> Errors) ReadSource(JsonElement body)
    {
        var errors = new List<InputError>();
        if (body.ValueKind != JsonValueKind.Object) return (null, [new InputError(null, "body", "invalid-type", "The emission source must be a JSON object.")]);
        var enterprise = Text(body, "enterpriseId", errors);
        Guid enterpriseId = default;
        if (enterprise is null) errors.Add(new InputError(null, "enterpriseId", "missing-field", "enterpriseId names the park's enterprise the source belongs to."));
        else if (!Guid.TryParse(enterprise, out enterpriseId))
            errors.Add(new InputError(null, "enterpriseId", "unknown-enterprise", $"'{enterprise}' is not an enterprise of this park."));
        var name = Name(body, errors);
        var kind = Text(body, "kind", errors);
        if (kind is null) errors.Add(new InputError(null, "kind", "missing-field", "kind is the accounting kind of the source's lines (e.g. fuel-combustion)."));
        else if (!ActivityKinds.TryParse(kind, out _)) errors.Add(new InputError(null, "kind", "unknown-kind", $"'{kind}' is not an activity kind (accounting.md)."));
        var unit = Text(body, "unit", errors)?.Trim();
        if (unit is not { Length: > 0 and <= 20 }) errors.Add(new InputError(null, "unit", "missing-field", "unit is the unit of the source's quantities (1 to 20 characters)."));
        var metered = Flag(body, "metered", errors);
        return errors.Count > 0 ? (null, errors) : (new SourceRequest(enterpriseId, name!, kind!, unit!, metered), errors);
    }

    private static string? Name(JsonElement body, List<InputError> errors)
    {
        var name = Text(body, "name", errors)?.Trim();
        if (name is { Length: > 0 and <= MaxName }) return name;
        errors.Add(new InputError(null, "name", "missing-field", $"name is required (1 to {MaxName} characters)."));
        return null;
    }

    private static string? Text(JsonElement body, string field, List<InputError> errors)
    {
        if (!body.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind == JsonValueKind.String) return v.GetString();
        errors.Add(new InputError(null, field, "invalid-type", $"{field} is a text."));
        return null;
    }

    private static bool Flag(JsonElement body, string field, List<InputError> errors)
    {
        if (!body.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null) return false;
        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False) return v.GetBoolean();
        errors.Add(new InputError(null, field, "invalid-type", $"{field} is true or false."));
        return false;
    }

    [GeneratedRegex("^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$")]
    private static partial Regex CreditCode();
}
