using System.Text.Json;
using System.Text.Json.Nodes;
using CarbonPlatform.Evaluation.Engine.Inputs;
using CarbonPlatform.Evaluation.Engine.Schemes;
using CarbonPlatform.Pathways.Engine.Measures;

namespace CarbonPlatform.Pathways.Engine.Scenarios;

/// <summary>A baseline calculation request, the measures on it, and the target under a scheme version.</summary>
public sealed record Scenario
{
    public required SchemeDefinition Scheme { get; init; }
    public required Target Target { get; init; }
    /// <summary>A calculation request (method, year, lines, …) as POST /calculations takes it.</summary>
    public required JsonObject Baseline { get; init; }
    public required int BaselineYear { get; init; }
    public required EvaluationInputs Inputs { get; init; }
    public IReadOnlyList<Measure> Measures { get; init; } = [];
    /// <summary>A fraction a year (0.05 = 5 %); costs of year y are divided by (1 + rate)^(y − baseline year).</summary>
    public double DiscountRate { get; init; }

    public IEnumerable<int> Years => Enumerable.Range(BaselineYear, Target.Year - BaselineYear + 1);

    public double Discount(int year) => Math.Pow(1 + DiscountRate, -(year - BaselineYear));

    public JsonArray BaselineLines => Baseline["lines"] as JsonArray ?? [];
}

/// <summary>
/// The grade to reach (a graded scheme; that grade or a higher one counts) or a pass (a pass-fail scheme: Grade null),
/// in <see cref="Year"/>.
/// </summary>
public sealed record Target(string? Grade, int Year)
{
    public bool IsMetBy(SchemeDefinition scheme, string? grade, bool? passed)
    {
        if (Grade is null) return passed == true;
        if (grade is null) return false;
        var reached = Rank(scheme, grade);
        return reached >= 0 && reached <= Rank(scheme, Grade);
    }

    public static int Rank(SchemeDefinition scheme, string grade) =>
        scheme.Grades.Select((g, i) => (g, i)).FirstOrDefault(x => x.g.Grade == grade, (null!, -1)).Item2;

    public string Describe => Grade ?? "pass";
}

internal static class JsonObjects
{
    public static JsonObject Of(JsonElement element) => JsonNode.Parse(element.GetRawText())!.AsObject();
}
