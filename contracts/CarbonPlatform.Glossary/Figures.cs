using static CarbonPlatform.Glossary.Sources;

namespace CarbonPlatform.Glossary;

/// <summary>The inventory's totals and their basis (shared/domain/accounting.md, "Totals").</summary>
public static class Figures
{
    public static readonly IReadOnlyDictionary<string, Term> All = Glossary.Index(
        new("scope1", "范围一（直接排放）", "Scope 1 (direct)", Gbt32150),
        new("scope2", "范围二（能源间接排放）", "Scope 2 (energy indirect)", Gbt32150),
        new("scope3", "范围三（其他间接排放）", "Scope 3 (other indirect)", GhgProtocol),
        new("location-based", "基于位置", "location-based", GhgProtocol),
        new("market-based", "基于市场", "market-based", GhgProtocol),
        new("scope2Location", "范围二（基于位置）", "Scope 2 (location-based)", GhgProtocol),
        new("scope2Market", "范围二（基于市场）", "Scope 2 (market-based)", GhgProtocol),
        new("grossLocation", "排放总量（基于位置）", "Gross emissions (location-based)", Cers),
        new("grossMarket", "排放总量（基于市场）", "Gross emissions (market-based)", Cers),
        new("neutralisation", "中和量（碳汇 + 碳抵销）", "Neutralisation (sinks + offsets)", Cers),
        new("net", "净排放（基于市场）", "Net emissions (market-based)", Cers),
        new("ratio12", "碳中和比例（范围一+二）", "Carbon-neutrality ratio (scopes 1+2)", Cers),
        new("ratio123", "碳中和比例（范围一+二+三）", "Carbon-neutrality ratio (scopes 1+2+3)", Cers),
        new("scope1And2Market", "范围一与范围二（基于市场）排放", "scope 1 + scope 2 (market-based) emissions", Cers),
        new("co2", "二氧化碳排放总量", "total CO2", Ndrc910),
        new("energyConsumptionTce", "年综合能源消费量", "energy consumption", Ndrc910),
        new("intensity", "单位能耗碳排放", "CO2 per unit of energy consumption", Ndrc910),
        new("greenDirectSupplyShare", "绿色电力直接供应比例", "share of green power by direct supply", Ndrc910),
        new("cers-2025", "T/CERS 核算方法（范围一至三）", "CERS method (scopes 1–3)", Cers),
        new("ndrc-910-2025", "910号文核算方法（仅二氧化碳）", "910 method (CO2 only)", Ndrc910));
}
