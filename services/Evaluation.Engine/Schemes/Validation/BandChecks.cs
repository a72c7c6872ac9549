using CarbonPlatform.Evaluation.Engine.Inputs;
using CarbonPlatform.Evaluation.Engine.Results;

namespace CarbonPlatform.Evaluation.Engine.Schemes.Validation;

/// <summary>Bands: a numeric basis the method defines, ranges ascending without overlap, numeric thresholds.</summary>
internal static class BandChecks
{
    private static readonly string[] NumericBases =
    [
        InventoryFigureNames.EnergyConsumptionTce, InventoryFigureNames.Co2,
        InventoryFigureNames.Scope1And2Market, InventoryFigureNames.GrossMarket,
    ];

    public static void Check(SchemeDefinition scheme, ThresholdBands bands, KnownIndicator known, string field, DefinitionErrors errors)
    {
        if (known.Kind == IndicatorKind.YesNo)
        {
            errors.Add(field, "bands-not-allowed", $"Yes/no indicator {known.Code} cannot have bands.");
            return;
        }

        if (!NumericBases.Contains(bands.Basis, StringComparer.Ordinal))
        {
            errors.Add($"{field}.basis", "unknown-figure", $"Unknown band basis '{bands.Basis}' (known: {string.Join(", ", NumericBases)}).");
        }
        else if (scheme.Method is { } method && AccountingMethods.IsKnown(method) && !AccountingMethods.Defines(method, bands.Basis))
        {
            errors.Add($"{field}.basis", "figure-not-defined-by-method", $"Method {method} does not define '{bands.Basis}'.");
        }

        if (bands.OutsideBands is not (Outcome.NotApplicable or Outcome.NotMet))
        {
            errors.Add($"{field}.outsideBands", "invalid-outcome", "Outside every band the outcome is not-applicable or not-met.");
        }

        if (bands.Ranges.Count == 0)
        {
            errors.Add($"{field}.ranges", "missing", "Bands need at least one range.");
        }

        for (var i = 0; i < bands.Ranges.Count; i++)
        {
            CheckRange(bands.Ranges, i, known, $"{field}.ranges[{i}]", errors);
        }
    }

    private static void CheckRange(IReadOnlyList<ThresholdBand> ranges, int i, KnownIndicator known, string field, DefinitionErrors errors)
    {
        var range = ranges[i];
        if (range.From < 0)
        {
            errors.Add($"{field}.from", "invalid-band", "A band cannot start below 0.");
        }

        if (range.To is { } to && to <= range.From)
        {
            errors.Add($"{field}.to", "invalid-band", $"The band's upper end {to} must be above its lower end {range.From}.");
        }

        if (i > 0)
        {
            var previous = ranges[i - 1];
            if (previous.To is null || range.From < previous.To)
            {
                errors.Add($"{field}.from", "bands-overlap",
                    $"The band from {range.From} overlaps the previous band, or bands are not in ascending order (each starts at or after the previous one's end).");
            }
        }

        ThresholdChecks.CheckRange(range.Threshold, known.MaxValue, $"{field}.threshold", errors);
    }
}
