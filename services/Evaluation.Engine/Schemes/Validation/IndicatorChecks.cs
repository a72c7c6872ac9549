using CarbonPlatform.Evaluation.Engine.Inputs;

namespace CarbonPlatform.Evaluation.Engine.Schemes.Validation;

/// <summary>Each indicator: a known code, the registry's kind and source, a threshold that fits, a role that fits the scheme.</summary>
internal static class IndicatorChecks
{
    public static void Check(SchemeDefinition scheme, DefinitionErrors errors)
    {
        if (scheme.Indicators.Count == 0)
        {
            errors.Add("indicators", "missing", "The scheme has no indicators.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < scheme.Indicators.Count; i++)
        {
            var indicator = scheme.Indicators[i];
            var field = $"indicators[{i}]";
            if (!seen.Add(indicator.Code))
            {
                errors.Add($"{field}.code", "duplicate-code", $"Indicator {indicator.Code} is defined more than once.");
            }

            var known = IndicatorRegistry.FindIndicator(indicator.Code);
            if (known is null)
            {
                errors.Add($"{field}.code", "unknown-indicator",
                    $"Unknown indicator code '{indicator.Code}' (known: {string.Join(", ", IndicatorRegistry.Indicators.Select(k => k.Code))}).");
                continue;
            }

            errors.RequireText(indicator.Name, $"{field}.name", $"Indicator {indicator.Code}");
            CheckKindAndSource(scheme, indicator, known, field, errors);
            CheckRole(scheme, indicator, field, errors);
            if (indicator.Excludable && known.Source != ValueSource.Declared)
            {
                errors.Add($"{field}.excludable", "not-excludable", $"{indicator.Code} is computed, not declared, so it cannot be excludable.");
            }

            if (indicator.Kind == known.Kind)
            {
                ThresholdChecks.CheckComparison(indicator.Comparison, known.Kind, $"{field}.comparison", errors);
                CheckThresholdOrBands(scheme, indicator, known, field, errors);
            }
        }
    }

    private static void CheckKindAndSource(SchemeDefinition scheme, IndicatorDefinition indicator, KnownIndicator known, string field, DefinitionErrors errors)
    {
        if (indicator.Kind is null)
        {
            errors.Add($"{field}.kind", "missing", $"Indicator {indicator.Code} has no kind (ratio, number or yes-no).");
        }
        else if (indicator.Kind != known.Kind)
        {
            errors.Add($"{field}.kind", "kind-mismatch", $"Indicator {indicator.Code} is of kind {Names.Of(known.Kind)}, not {Names.Of(indicator.Kind.Value)}.");
        }

        if (indicator.Source != known.Source)
        {
            errors.Add($"{field}.source", indicator.Source is null ? "missing" : "source-mismatch",
                $"Indicator {indicator.Code} takes its value from source '{Names.Of(known.Source)}'.");
        }

        if (indicator.Figure != known.Figure)
        {
            errors.Add($"{field}.figure", "figure-mismatch", known.Figure is null
                ? $"Indicator {indicator.Code} does not come from an inventory figure."
                : $"Indicator {indicator.Code} is the inventory figure '{known.Figure}'.");
        }
        else if (known.Figure is { } figure && scheme.Method is { } method && AccountingMethods.IsKnown(method) && !AccountingMethods.Defines(method, figure))
        {
            errors.Add($"{field}.figure", "figure-not-defined-by-method", $"Indicator {indicator.Code} needs '{figure}', which method {method} does not define.");
        }

        if (known.Source == ValueSource.ManagementScore && scheme.Management is null)
        {
            errors.Add($"{field}.source", "management-missing", $"Indicator {indicator.Code} is the management score, but the scheme defines no management items.");
        }
    }

    private static void CheckRole(SchemeDefinition scheme, IndicatorDefinition indicator, string field, DefinitionErrors errors)
    {
        var problem = (indicator.Role, scheme.Result) switch
        {
            (null, _) => "has no role (core, guiding, informational or graded)",
            (IndicatorRole.Core, ResultKind.Grades) => "is core, but a graded scheme has no pass/fail for it to decide",
            (IndicatorRole.Graded, ResultKind.PassFail) => "is graded, but a pass-fail scheme has no grade rules",
            (IndicatorRole.Graded, _) when !scheme.Grades.Any(g => g.Conditions.Any(c => c.Indicator == indicator.Code))
                => "is graded, but no grade rule uses it",
            _ => null,
        };
        if (problem is not null)
        {
            errors.Add($"{field}.role", indicator.Role is null ? "missing" : "role-mismatch", $"Indicator {indicator.Code} {problem}.");
        }
    }

    private static void CheckThresholdOrBands(SchemeDefinition scheme, IndicatorDefinition indicator, KnownIndicator known, string field, DefinitionErrors errors)
    {
        if (indicator.Role == IndicatorRole.Graded)
        {
            if (indicator.Threshold is not null || indicator.Bands is not null)
            {
                errors.Add($"{field}.threshold", "threshold-not-allowed", $"Graded indicator {indicator.Code} takes its thresholds from the grade rules.");
            }

            return;
        }

        if (indicator.Threshold is not null && indicator.Bands is not null)
        {
            errors.Add($"{field}.bands", "threshold-and-bands", $"Indicator {indicator.Code} has both a threshold and bands; give one.");
        }
        else if (indicator.Bands is { } bands)
        {
            BandChecks.Check(scheme, bands, known, $"{field}.bands", errors);
        }
        else
        {
            ThresholdChecks.CheckThreshold(indicator.Threshold, known.Kind, known.MaxValue, $"{field}.threshold", errors);
        }
    }
}
