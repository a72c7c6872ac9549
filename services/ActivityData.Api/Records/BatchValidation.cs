using CarbonPlatform.Accounting.Engine;
using CarbonPlatform.Accounting.Engine.Calculation;
using CarbonPlatform.Domain;
using CarbonPlatform.Domain.Factors;
using ProblemError = CarbonPlatform.Domain.Requests.InputError;

namespace CarbonPlatform.ActivityData.Records;

public sealed record ValidBatch(int Year, IReadOnlyList<ActivityLine> Lines);

/// <summary>
/// A batch is accepted only if every line could be accounted: the engine's own reader and rules decide (same codes,
/// units, fields and messages as a calculation). The check runs the 910 method because it needs no electricity
/// vintage: whether grid factors exist for the year is a question for the inventory, not for the data.
/// </summary>
public static class BatchValidation
{
    public static (ValidBatch? Batch, IReadOnlyList<ProblemError> Errors) Validate(JsonElement body, FactorRelease release)
    {
        var read = CalculationRequestReader.Read(body);
        var errors = read.Errors.Select(ToProblem).ToList();
        if (read.Request is null) return (null, errors);
        if (read.Request.Lines.Count == 0 && errors.Count == 0)
            errors.Add(new ProblemError(null, "lines", "empty-batch", "A batch needs at least one activity line."));
        if (errors.Count > 0) return (null, errors);

        var outcome = Calculator.Calculate(read.Request with { Method = Methods.Ndrc910, FactorRelease = null }, release);
        if (!outcome.Succeeded) return (null, outcome.Errors.Select(ToProblem).ToList());
        return (new ValidBatch(read.Request.Year!.Value, read.Request.Lines), []);
    }

    private static ProblemError ToProblem(InputError e) => new(e.Line, e.Field, e.Code, e.Message);
}
