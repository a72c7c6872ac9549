using System.Text.Json.Serialization;

namespace CarbonPlatform.Accounting.Engine.Results;

/// <summary>One line's result with its lineage: from <see cref="Formula"/>, <see cref="Inputs"/>
/// and <see cref="Intermediates"/> alone the figure can be derived again.</summary>
/// <param name="Scope">1, 2 or 3; null for lines outside the scopes (neutralisation, on-site generation).</param>
/// <param name="Co2e">The line's contribution in tCO2e; cers-2025 electricity lines give the
/// location-based figure here and both figures in the intermediates.</param>
/// <param name="Excluded">The method does not count the line (e.g. scope 3 under ndrc-910-2025).</param>
public sealed record LineResult(
    string Id,
    string Kind,
    int? Scope,
    double Co2e,
    bool Excluded,
    string Formula,
    LineageInput[] Inputs,
    [property: JsonConverter(typeof(IntermediatesJsonConverter))] Intermediate[] Intermediates,
    string[] Flags);

/// <summary>An input of a line's formula. <see cref="Origin"/> is <c>line</c> (given on the line),
/// <c>request</c> (given on the request), <c>default</c> (a value the accounting rules fix, e.g.
/// a calcination fraction of 1) or <c>{factor id}@{release}</c>; <see cref="Status"/> is the
/// factor's status and null for values that are not factors.</summary>
public readonly record struct LineageInput(
    string Name,
    double Value,
    string Unit,
    string Origin,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Status)
{
    public const string FromLine = "line";
    public const string FromRequest = "request";
    public const string FromRules = "default";

    public static LineageInput Line(string name, double value, string unit) => new(name, value, unit, FromLine, null);
    public static LineageInput Rule(string name, double value, string unit) => new(name, value, unit, FromRules, null);
}

/// <summary>A named intermediate value; a line's intermediates serialize as one JSON object.</summary>
public readonly record struct Intermediate(string Name, double Value);
