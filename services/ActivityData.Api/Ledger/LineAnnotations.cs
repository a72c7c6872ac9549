using System.Text.Json;
using CarbonPlatform.ServiceDefaults.Problems;

namespace CarbonPlatform.ActivityData.Ledger;

/// <summary>What the ledger keeps about a line beyond its accounting values: the month it is for and its evidence.</summary>
public sealed record LineAnnotation(int? Month, string? EvidenceId);

/// <summary>Reads <c>month</c> (1–12) and <c>evidenceId</c> from a line's JSON; the engine ignores both. Pure.</summary>
public static class LineAnnotations
{
    public const int MaxEvidenceIdLength = 200;

    public static LineAnnotation Read(JsonElement line, List<InputError> errors)
    {
        if (line.ValueKind != JsonValueKind.Object) return new LineAnnotation(null, null);
        var id = line.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : null;
        int? month = null;
        if (line.TryGetProperty("month", out var m) && m.ValueKind != JsonValueKind.Null)
        {
            if (m.ValueKind == JsonValueKind.Number && m.TryGetInt32(out var value) && value is >= 1 and <= 12) month = value;
            else errors.Add(new InputError(id, "month", "invalid-month", "month is a whole number from 1 to 12 (omit it for the whole year)."));
        }
        string? evidence = null;
        if (line.TryGetProperty("evidenceId", out var ev) && ev.ValueKind != JsonValueKind.Null)
        {
            if (ev.ValueKind == JsonValueKind.String && ev.GetString() is { Length: > 0 and <= MaxEvidenceIdLength } text) evidence = text;
            else errors.Add(new InputError(id, "evidenceId", "invalid-evidence-id", $"evidenceId is a text of 1 to {MaxEvidenceIdLength} characters."));
        }
        return new LineAnnotation(month, evidence);
    }

    /// <summary>Annotations of every line of a batch body, in line order.</summary>
    public static IReadOnlyList<LineAnnotation> ReadAll(JsonElement body, List<InputError> errors) =>
        body.TryGetProperty("lines", out var lines) && lines.ValueKind == JsonValueKind.Array
            ? lines.EnumerateArray().Select(l => Read(l, errors)).ToList()
            : [];
}

/// <summary>How a line reached the ledger.</summary>
public static class Channels
{
    public const string Manual = "manual";
    public const string Import = "import";
    public const string Api = "api";
    public const string Meter = "meter";

    /// <summary>A JSON writer may say <c>manual</c> (a person in the portal) or <c>meter</c>; anything else records as <c>api</c>.</summary>
    public static string FromBody(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("channel", out var c) && c.ValueKind == JsonValueKind.String
            && c.GetString() is Manual or Meter ? c.GetString()! : Api;
}
