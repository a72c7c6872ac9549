using static CarbonPlatform.Glossary.Sources;

namespace CarbonPlatform.Glossary;

/// <summary>The symbols of the formulas, each explained in words: a Chinese page explains each symbol below its formula.</summary>
public static class Symbols
{
    public static readonly IReadOnlyDictionary<string, Term> All = Glossary.Index(
        new("E", "排放量（t）", "emissions (t)", Gbt32150),
        new("Q", "活动数据：消耗量或产量", "activity data: quantity consumed or produced", Gbt32150),
        new("AD", "活动数据（GJ），AD = Q × NCV", "activity data in GJ, AD = Q × NCV", Gbt32150),
        new("NCV", "低位发热量", "net calorific value", Gbt32150),
        new("CC", "单位热值含碳量（tC/GJ）", "carbon content per unit of heat (tC/GJ)", Gbt32150),
        new("OF", "碳氧化率", "oxidation rate", Gbt32150),
        new("44/12", "二氧化碳与碳的分子量之比", "ratio of the molecular weights of CO2 and carbon", Gbt32150),
        new("EF", "排放因子", "emission factor", Gbt32150),
        new("GWP", "全球变暖潜势", "global warming potential", Ipcc),
        new("F_loc", "电网平均排放因子（基于位置）", "grid-average factor (location-based)", GhgProtocol),
        new("F_res", "剩余电力排放因子（基于市场）", "residual-mix factor (market-based)", GhgProtocol),
        new("F_fossil", "全国化石能源电力排放因子（0.8325 tCO2/MWh）", "national fossil-power factor (0.8325 tCO2/MWh)", Ndrc910),
        new("F_heat", "热力排放因子（化石能源 0.11 tCO2/GJ）", "heat factor (0.11 tCO2/GJ when fossil)", Gbt32150),
        new("k_elec", "电力折标准煤系数（等价值，kgce/kWh）", "electricity's coal-equivalent coefficient (kgce/kWh)", Ndrc910),
        new("r_cal", "煅烧比例", "calcination fraction", Gbt32150),
        new("EF_stoich", "化学计量排放因子", "stoichiometric factor", Gbt32150),
        new("q_coal", "标准煤热值（29.3076 GJ/tce）", "standard coal heat value (29.3076 GJ/tce)", Ndrc910));
}
