using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Evaluation.Engine.Schemes;

namespace CarbonPlatform.Evaluation.Schemes;

/// <summary>The scheme version a request body names (<c>scheme</c>, <c>schemeVersion</c>): found, or the refusal naming the field.</summary>
public static class RequestedScheme
{
    public static async Task<(SchemeDefinition? Scheme, Refusal? Refusal)> ReadAsync(JsonElement body, SchemeRegistry registry, EvaluationDb db, CancellationToken ct)
    {
        if (body.ValueKind != JsonValueKind.Object) return (null, Refusal.Invalid("body", "invalid-type", "The body must be a JSON object."));
        if (!body.TryGetProperty("scheme", out var schemeId) || schemeId.ValueKind != JsonValueKind.String)
            return (null, Refusal.Invalid("scheme", "missing-field", "scheme is required, e.g. cers-2025-provisional or ndrc-910-2025."));
        int? version = body.TryGetProperty("schemeVersion", out var v) && v.TryGetInt32(out var n) ? n : null;
        var scheme = await registry.FindAsync(schemeId.GetString()!, version, db, ct);
        return scheme is null
            ? (null, Refusal.Invalid("scheme", "unknown-scheme", $"There is no scheme '{schemeId.GetString()}'{(version is null ? "" : $" version {version}")}."))
            : (scheme, null);
    }
}
