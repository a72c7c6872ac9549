using CarbonPlatform.Domain;
using CarbonPlatform.Domain.Factors;
using CarbonPlatform.Accounting.Engine.Lines;
using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Accounting.Engine.Results;

namespace CarbonPlatform.Accounting.Engine.Calculation;

/// <summary>Either a result or every input error of the request.</summary>
public sealed record CalculationOutcome(CalculationResult? Result, IReadOnlyList<InputError> Errors)
{
    public bool Succeeded => Result is not null;
}

/// <summary>The accounting engine: a pure function of a request and a factor release.</summary>
public static class Calculator
{
    public static CalculationOutcome Calculate(CalculationRequest request, FactorRelease release)
    {
        var errors = new InputErrorList();
        RequestChecks.Check(request, release, errors);
        // An unknown method is reported above; its lines are still checked, by the cers-2025 rules.
        var method = request.Method == Methods.Ndrc910 ? Methods.Ndrc910 : Methods.Cers2025;
        var errorsBefore = errors.Count;
        var constants = MethodConstants.For(method, request, release, errors);
        // A release without the method's constants is unusable; the lines would only repeat that.
        if (errors.Count > errorsBefore) return new CalculationOutcome(null, errors.Items);
        var ctx = new CalculationContext(request, release, errors) { Ndrc = method == Methods.Ndrc910, Constants = constants };

        var lines = request.Lines;
        var results = new LineResult[lines.Count];
        var ids = LineIdSet.Rent();
        var serials = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
            results[i] = Line(ctx, lines[i], i, ids, serials)!;
        LineIdSet.Return(ids);
        GreenElectricityCheck.Check(ctx, lines);

        if (errors.Count > 0) return new CalculationOutcome(null, errors.Items);
        var result = ResultBuilder.Build(ctx, method, results);
        return ResultBuilder.TotalsAreFinite(result.Totals)
            ? new CalculationOutcome(result, [])
            : new CalculationOutcome(null, [new InputError(null, "lines", ErrorCodes.ResultOutOfRange,
                "the quantities are too large: a total is not a finite number")]);
    }

    private static LineResult? Line(CalculationContext ctx, ActivityLine line, int index, HashSet<string> ids, HashSet<string> serials)
    {
        var errors = ctx.Errors;
        if (string.IsNullOrEmpty(line.Id))
            errors.AddForLine(null, index, "id", ErrorCodes.MissingField, "every line needs an id");
        else if (!ids.Add(line.Id))
            errors.AddForLine(line.Id, index, "id", ErrorCodes.DuplicateLineId, $"the line id '{line.Id}' is used more than once");

        var quantity = line.Quantity ?? 0;
        if (line.Quantity is null)
            errors.AddForLine(line.Id, index, "quantity", ErrorCodes.MissingField, "quantity is required");
        else if (!double.IsFinite(quantity))
            errors.AddForLine(line.Id, index, "quantity", ErrorCodes.InvalidValue, "quantity must be a finite number");
        else if (quantity < 0)
            errors.AddForLine(line.Id, index, "quantity", ErrorCodes.NegativeQuantity, $"quantity must not be negative ({quantity})");

        return line.Kind switch
        {
            ActivityKind.FuelCombustion => FuelCombustionLine.Calculate(ctx, line, index, quantity),
            ActivityKind.FuelConversion => FuelConversionLine.Calculate(ctx, line, index, quantity),
            ActivityKind.CarbonateDecomposition => CarbonateLine.Calculate(ctx, line, index, quantity),
            ActivityKind.IndustrialProcess => IndustrialProcessLine.Calculate(ctx, line, index, quantity),
            ActivityKind.GhgRelease => GhgReleaseLine.Calculate(ctx, line, index, quantity),
            ActivityKind.Co2Recovery => Co2RecoveryLine.Calculate(ctx, line, index, quantity),
            ActivityKind.PurchasedElectricity => PurchasedElectricityLine.Calculate(ctx, line, index, quantity),
            ActivityKind.OnsiteGeneration => OnsiteGenerationLine.Calculate(ctx, line, index, quantity),
            ActivityKind.GreenElectricity => GreenElectricityLine.Calculate(ctx, line, index, quantity),
            ActivityKind.ExportedElectricity => ExportedElectricityLine.Calculate(ctx, line, index, quantity),
            ActivityKind.PurchasedHeat or ActivityKind.ExportedHeat => HeatLines.Calculate(ctx, line, index, quantity),
            ActivityKind.Scope3 => Scope3Line.Calculate(ctx, line, index, quantity),
            ActivityKind.CarbonSink => NeutralisationLines.CarbonSink(ctx, line, index, quantity),
            ActivityKind.Offset => NeutralisationLines.Offset(ctx, line, index, quantity, serials),
            _ => Unknown(ctx, line, index),
        };
    }

    private static LineResult? Unknown(CalculationContext ctx, ActivityLine line, int index)
    {
        ctx.Errors.AddForLine(line.Id, index, "kind", ErrorCodes.UnknownKind, $"{(int)line.Kind} is not a kind of activity line");
        return null;
    }
}
