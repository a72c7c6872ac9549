using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Results;
using CarbonPlatform.Evaluation.Engine.Schemes;
using CarbonPlatform.Pathways.Engine.Scenarios;

namespace CarbonPlatform.Pathways.Engine.Optimisation;

/// <summary>
/// numerator − threshold × denominator ≥ 0 (AtLeast) or ≤ 0 (AtMost): a ratio threshold made linear. A banded threshold
/// (910's CORE) holds only while its basis stays in the band: <see cref="Band"/> bounds the basis too.
/// </summary>
public sealed record LinearCondition(string Indicator, string Figure, Component Numerator, Component Denominator, Comparison Comparison,
    decimal Threshold, (Component Basis, decimal From, decimal? To)? Band = null);

/// <summary>The target's conditions split: those measures move (linear), and those no measure moves that fail already.</summary>
public sealed record TargetConditions(IReadOnlyList<IReadOnlyList<LinearCondition>> Cases, IReadOnlyList<string> Blocking);

/// <summary>
/// Reads the conditions of the target grade's rule (graded schemes: that rule holding gives that grade or a higher one)
/// or of the core indicators (pass-fail schemes) from the scheme's data. Conditions on figures that are ratios of the
/// inventory's totals become linear conditions; every other condition (the management score, scope 3 reported, declared
/// indicators) no measure changes, so it is judged once on the evaluation without optional measures.
/// </summary>
public static class TargetConditionReader
{
    public static TargetConditions Read(Scenario scenario, EvaluationResult withoutMeasures)
    {
        var scheme = scenario.Scheme;
        var linear = new List<List<LinearCondition>> { new() };
        var blocking = new List<string>();
        if (scenario.Target.Grade is { } grade)
        {
            foreach (var condition in scheme.Grades[Target.Rank(scheme, grade)].Conditions)
            {
                var indicator = scheme.FindIndicator(condition.Indicator)!;
                if (Ratio(indicator) is { } ratio && condition.Threshold?.Number is { } t)
                    linear.ForEach(c => c.Add(new(indicator.Code, indicator.Figure!, ratio.Numerator, ratio.Denominator, condition.Comparison!.Value, t)));
                else if (!Holds(withoutMeasures, indicator.Code, condition.Comparison, condition.Threshold))
                    blocking.Add(Describe(withoutMeasures, indicator.Code, condition.Comparison, condition.Threshold, grade));
            }
        }
        else
        {
            foreach (var indicator in scheme.Indicators.Where(i => i.Role == IndicatorRole.Core))
            {
                if (Ratio(indicator) is { } ratio && indicator.Bands is { } bands && Basis(bands.Basis) is { } basis)
                    linear = linear.SelectMany(c => bands.Ranges.Select(b => c.Append(new LinearCondition(indicator.Code, indicator.Figure!,
                        ratio.Numerator, ratio.Denominator, indicator.Comparison!.Value, b.Threshold, (basis, b.From, b.To))).ToList())).ToList();
                else if (Ratio(indicator) is { } r && indicator.Threshold?.Number is { } t)
                    linear.ForEach(c => c.Add(new(indicator.Code, indicator.Figure!, r.Numerator, r.Denominator, indicator.Comparison!.Value, t)));
                else if (withoutMeasures.Indicators.FirstOrDefault(i => i.Code == indicator.Code) is { Outcome: not Outcome.Met } outcome)
                    blocking.Add($"{indicator.Code}: {outcome.ExplanationEn}; no measure changes it.");
            }
        }
        return new(linear, blocking);
    }

    private static (Component Numerator, Component Denominator)? Ratio(IndicatorDefinition indicator) =>
        indicator.Source == ValueSource.Inventory && indicator.Figure is { } figure ? RatioFigures.Of(figure) : null;

    private static Component? Basis(string figure) => figure switch
    {
        Evaluation.Engine.Inputs.InventoryFigureNames.EnergyConsumptionTce => Component.Energy,
        Evaluation.Engine.Inputs.InventoryFigureNames.Co2 => Component.Co2,
        _ => null,
    };

    private static bool Holds(EvaluationResult result, string code, Comparison? comparison, ScalarValue? threshold)
    {
        var value = Value(result, code);
        if (value is null || threshold is null) return false;
        return comparison switch
        {
            Comparison.AtLeast => value.Number >= threshold.Number,
            Comparison.AtMost => value.Number <= threshold.Number,
            _ => value.Flag == threshold.Flag,
        };
    }

    private static ScalarValue? Value(EvaluationResult result, string code) =>
        code == "M" && result.ManagementScore is { } m ? ScalarValue.Of(m) : result.Indicators.FirstOrDefault(i => i.Code == code)?.Value;

    private static string Describe(EvaluationResult result, string code, Comparison? comparison, ScalarValue? threshold, string grade) =>
        $"{code} is {Value(result, code)?.ToString() ?? "missing"}; {grade} needs {code} {(comparison == Comparison.AtLeast ? "≥" : comparison == Comparison.AtMost ? "≤" : "=")} {threshold}, and no measure changes it.";
}
