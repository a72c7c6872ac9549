using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Evaluating.Texts;
using CarbonPlatform.Evaluation.Engine.Inputs;
using CarbonPlatform.Evaluation.Engine.Results;
using CarbonPlatform.Evaluation.Engine.Schemes;

namespace CarbonPlatform.Evaluation.Engine.Evaluating;

/// <summary>An indicator with its own threshold or bands (core, guiding, informational).</summary>
internal static class ThresholdIndicatorEvaluator
{
    public static IndicatorOutcome Evaluate(IndicatorDefinition indicator, EvaluationContext context)
    {
        var resolved = context.ValueOf(indicator);
        if (resolved.ExclusionReason is { } reason)
        {
            return Outcomes.Build(indicator, null, indicator.Threshold, Outcome.Excluded, IndicatorTexts.Excluded(indicator, reason), reason);
        }

        var threshold = indicator.Threshold;
        BilingualText? bandContext = null;
        if (indicator.Bands is { } bands)
        {
            if (context.Figures.GetNumber(bands.Basis) is not { } basis)
            {
                return Outcomes.Build(indicator, resolved.Value, null, Outcome.NotMet, IndicatorTexts.BasisMissing(indicator, bands));
            }

            if (bands.Find(basis) is not { } band)
            {
                return Outcomes.Build(indicator, resolved.Value, null, bands.OutsideBands, IndicatorTexts.OutsideBands(indicator, bands, basis));
            }

            threshold = band.Threshold;
            bandContext = BandTexts.Context(bands, band, basis, Reduction(indicator, band.Threshold, resolved.Value, context.Figures));
        }

        if (resolved.Value is not { } value || threshold is null)
        {
            return Outcomes.Build(indicator, null, threshold, Outcome.NotMet, IndicatorTexts.Missing(indicator, resolved.Missing ?? MissingTexts.NoSource));
        }

        var met = Comparisons.Holds(indicator.Comparison ?? Comparison.AtLeast, value, threshold);
        return Outcomes.Build(indicator, value, threshold, met ? Outcome.Met : Outcome.NotMet,
            IndicatorTexts.Compared(indicator, value, threshold, met, bandContext));
    }

    // For CO2 per unit of energy above its ceiling: the cut in CO2 that would meet it at the same energy use.
    private static BilingualText? Reduction(IndicatorDefinition indicator, decimal threshold, ScalarValue? value, InventoryFigures figures)
    {
        if (indicator.Figure != InventoryFigureNames.Intensity || value?.Number is not { } intensity || intensity <= threshold
            || figures.Co2 is not { } co2 || figures.EnergyConsumptionTce is not { } energy)
        {
            return null;
        }

        var cut = Format.Fixed(Format.CeilingTo(co2 - (threshold * energy), 1), 1);
        return new BilingualText($"能耗不变时 CO2 排放需减少 {cut} t", $"at the same energy consumption CO2 must fall by {cut} t");
    }
}
