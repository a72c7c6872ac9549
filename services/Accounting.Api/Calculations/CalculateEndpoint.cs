using System.ComponentModel;
using CarbonPlatform.Accounting.Answers;
using CarbonPlatform.Accounting.Engine.Calculation;
using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Accounting.Engine.Results;
using CarbonPlatform.EmissionFactors.Client;


namespace CarbonPlatform.Accounting.Calculations;

public static class CalculateEndpoint
{
    public static RouteGroupBuilder MapCalculations(this RouteGroupBuilder api)
    {
        api.MapPost("/calculations", Handle).WithTags("Calculations").WithName("Calculate")
            .WithSummary("Stateless calculation of an inventory (either method) with lineage on every line (?lineage=full, factors or none); errors name the line and field.")
            .WithDescription("Nothing is stored. Every line kind of accounting.md; factors from the default release unless factorRelease names another. Every invalid line and field is reported at once.")
            .WithRequest(CalculationExample.Request).Answers<CalculationResult>();
        return api;
    }

    private static async Task<IResult> Handle(JsonBody body, [Description(LineageNames.Description)] string? lineage,
        FactorReleaseSource releases, CancellationToken ct)
    {
        var read = body.Read(CalculationRequestReader.Read);
        if (!LineageQuery.TryRead(lineage, out var detail, out var badLineage)) return badLineage!.ToProblem();
        var (result, errors) = await StatelessCalculation.RunAsync(read, releases, ct);
        return result is not null
            ? StreamedJsonResult.For(result, detail)
            : Problems.Invalid(errors, "The calculation request is invalid.");
    }
}

/// <summary>Reads, resolves the release and calculates; shared by the HTTP endpoint and the gRPC service.</summary>
public static class StatelessCalculation
{
    public static async Task<(CalculationResult? Result, IReadOnlyList<InputError> Errors)> RunAsync(RequestReadResult read, FactorReleaseSource releases, CancellationToken ct)
    {
        if (read.Request is null || read.Errors.Count > 0) return (null, read.Errors);
        var release = await releases.GetAsync(read.Request.FactorRelease, ct);
        if (release is null)
            return (null, [new InputError(null, "factorRelease", "unknown-factor-release", $"There is no factor release '{read.Request.FactorRelease}'.")]);
        var outcome = Calculator.Calculate(read.Request, release);
        return outcome.Succeeded ? (outcome.Result, []) : (null, outcome.Errors);
    }
}
