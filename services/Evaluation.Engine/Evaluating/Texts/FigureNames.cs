using CarbonPlatform.Evaluation.Engine.Common;
using static CarbonPlatform.Evaluation.Engine.Inputs.InventoryFigureNames;

namespace CarbonPlatform.Evaluation.Engine.Evaluating.Texts;

/// <summary>How inventory figures are called in explanations: in Chinese as the platform's glossary names them, in English as a sentence needs them.</summary>
internal static class FigureNames
{
    private static readonly Dictionary<string, BilingualText> Names = new(StringComparer.Ordinal)
    {
        [Ratio12] = new(Zh(Ratio12), "the carbon-neutrality ratio of scopes 1+2"),
        [Ratio123] = new(Zh(Ratio123), "the carbon-neutrality ratio of scopes 1+2+3"),
        [Scope1And2Market] = new(Zh(Scope1And2Market), "scope 1 + scope 2 (market-based) emissions"),
        [GrossMarket] = new(Zh(GrossMarket), "gross market-based emissions"),
        [Neutralisation] = new(Zh(Neutralisation), "the neutralisation"),
        [Scope3Reported] = new("范围三报告情况", "whether scope 3 is reported"),
        [Co2] = new(Zh(Co2), "total CO2"),
        [EnergyConsumptionTce] = new(Zh(EnergyConsumptionTce), "energy consumption"),
        [Intensity] = new(Zh(Intensity) + "（能耗为零时无定义）", "CO2 per unit of energy consumption (undefined at zero energy consumption)"),
        [GreenDirectSupplyShare] = new(Zh(GreenDirectSupplyShare) + "（无外购电力时无定义）", "share of green power by direct supply (undefined without purchased electricity)"),
    };

    private static string Zh(string figure) => Glossary.Glossary.Figure(figure).Zh;

    public static BilingualText Of(string figure) => Names.GetValueOrDefault(figure) ?? new BilingualText(figure, figure);
}
