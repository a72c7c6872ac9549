using System.Text.Json;
using CarbonPlatform.Accounting.Engine.Calculation;
using CarbonPlatform.Domain.Factors;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Accounting.Engine;

/// <summary>The engine's front door for a JSON request: read it, calculate, and report every
/// input error at once (reading errors and calculation errors together).</summary>
public static class AccountingEngine
{
    public static CalculationOutcome Calculate(JsonElement request, FactorRelease release) =>
        Combine(CalculationRequestReader.Read(request), release);

    public static CalculationOutcome Calculate(string requestJson, FactorRelease release) =>
        Combine(CalculationRequestReader.Read(requestJson), release);

    private static CalculationOutcome Combine(RequestReadResult read, FactorRelease release)
    {
        if (read.Request is null) return new CalculationOutcome(null, read.Errors);
        var outcome = Calculator.Calculate(read.Request, release);
        if (read.Errors.Count == 0) return outcome;
        var errors = new InputErrorList();
        foreach (var e in read.Errors) errors.Add(e);
        errors.AddNew(outcome.Errors);
        return new CalculationOutcome(null, errors.Items);
    }
}
