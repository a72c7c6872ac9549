using CarbonPlatform.Evaluation.Engine.Common;
using static CarbonPlatform.Evaluation.Engine.Inputs.InventoryFigureNames;

namespace CarbonPlatform.Evaluation.Engine.Evaluating.Texts;

/// <summary>How inventory figures are called in explanations.</summary>
internal static class FigureNames
{
    private static readonly Dictionary<string, BilingualText> Names = new(StringComparer.Ordinal)
    {
        [Ratio12] = new("碳中和比例（范围一+二）", "the carbon-neutrality ratio of scopes 1+2"),
        [Ratio123] = new("碳中和比例（范围一+二+三）", "the carbon-neutrality ratio of scopes 1+2+3"),
        [Scope1And2Market] = new("范围一与范围二（市场法）排放", "scope 1 + scope 2 (market-based) emissions"),
        [GrossMarket] = new("总排放（市场法）", "gross market-based emissions"),
        [Neutralisation] = new("中和量", "the neutralisation"),
        [Scope3Reported] = new("范围三报告情况", "whether scope 3 is reported"),
        [Co2] = new("二氧化碳排放总量", "total CO2"),
        [EnergyConsumptionTce] = new("年综合能源消费量", "energy consumption"),
        [Intensity] = new("单位能耗碳排放（能耗为零时无定义）", "CO2 per unit of energy consumption (undefined at zero energy consumption)"),
        [GreenDirectSupplyShare] = new("绿色电力直接供应比例（无外购电力时无定义）", "share of green power by direct supply (undefined without purchased electricity)"),
    };

    public static BilingualText Of(string figure) => Names.GetValueOrDefault(figure) ?? new BilingualText(figure, figure);
}
