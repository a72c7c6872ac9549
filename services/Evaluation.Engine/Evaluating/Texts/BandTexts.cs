using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Schemes;

namespace CarbonPlatform.Evaluation.Engine.Evaluating.Texts;

/// <summary>Describes threshold bands: "200,000–1,000,000 tce: ≤ 0.2".</summary>
internal static class BandTexts
{
    public static string Range(ThresholdBand band, string? unit, bool zh) => band.To switch
    {
        { } to => $"{Format.Number(band.From)}–{Format.Number(to)}{Words.Unit(unit)}",
        null => zh ? $"≥ {Format.Number(band.From)}{Words.Unit(unit)}" : $"{Format.Number(band.From)}{Words.Unit(unit)} and more",
    };

    public static string List(ThresholdBands bands, IndicatorDefinition indicator, bool zh) => string.Join(
        zh ? "；" : "; ",
        bands.Ranges.Select(b => $"{Range(b, bands.Unit, zh)}: {Words.Symbol(indicator.Comparison)} {Format.Number(b.Threshold)}"));

    /// <summary>The band a park falls in, as context after the threshold.</summary>
    public static BilingualText Context(ThresholdBands bands, ThresholdBand band, decimal basis, BilingualText? more)
    {
        var name = FigureNames.Of(bands.Basis);
        var amount = Format.Fixed(basis, 1) + Words.Unit(bands.Unit);
        return new BilingualText(
            $"（{name.Zh} {amount}，属 {Range(band, bands.Unit, true)} 档{(more is null ? "" : "；" + more.Zh)}）",
            $" ({name.En} {amount}, in the band {Range(band, bands.Unit, false)}{(more is null ? "" : "; " + more.En)})");
    }
}
