using System.Text.Json;
using CarbonPlatform.Accounting.Engine.Calculation;
using CarbonPlatform.Domain;
using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Accounting.Engine.Results;

namespace CarbonPlatform.Accounting.Engine.Tests;

/// <summary>Runs JSON requests through the engine with the default release.</summary>
internal static class Engine
{
    public static CalculationOutcome Run(string json) => AccountingEngine.Calculate(json, SharedData.Release);

    public static CalculationResult Result(string json)
    {
        var outcome = Run(json);
        Assert.True(outcome.Succeeded, "expected a result, got errors: " + string.Join("; ", outcome.Errors));
        return outcome.Result!;
    }

    public static IReadOnlyList<InputError> Errors(string json)
    {
        var outcome = Run(json);
        Assert.False(outcome.Succeeded, "expected input errors, got a result");
        return outcome.Errors;
    }

    /// <summary>A request of one method and year with the given lines (a JSON array body).</summary>
    public static string Request(string method, int year, string lines, string extra = "") =>
        $$"""{ "method": "{{method}}", "year": {{year}}{{(extra.Length > 0 ? ", " + extra : "")}}, "lines": [ {{lines}} ] }""";

    public static string Cers(string lines, string extra = "", int year = 2022) => Request(Methods.Cers2025, year, lines, extra);
    public static string Ndrc(string lines, string extra = "", int year = 2024) => Request(Methods.Ndrc910, year, lines, extra);

    public static LineResult Line(this CalculationResult result, string id) => result.Lines.Single(l => l.Id == id);

    public static double Input(this LineResult line, string name) => line.Inputs.Single(i => i.Name == name).Value;

    public static double Intermediate(this LineResult line, string name) => line.Intermediates.Single(i => i.Name == name).Value;

    public static InputError Single(this IReadOnlyList<InputError> errors, string code) =>
        Assert.Single(errors, e => e.Code == code);

    public static void Near(double expected, double? actual, double tolerance = 1e-9)
    {
        Assert.NotNull(actual);
        Assert.True(Math.Abs(expected - actual!.Value) <= tolerance * Math.Max(1, Math.Abs(expected)),
            $"expected {expected}, got {actual}");
    }

    public static JsonElement Json(CalculationResult result) =>
        JsonDocument.Parse(EngineJson.Serialize(result)).RootElement.Clone();
}
