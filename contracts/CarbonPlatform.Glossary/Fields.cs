using static CarbonPlatform.Glossary.Sources;

namespace CarbonPlatform.Glossary;

/// <summary>The fields of an activity line (shared/domain/accounting.md, "Activity lines").</summary>
public static class Fields
{
    public static readonly IReadOnlyDictionary<string, Term> All = Glossary.Index(
        new("kind", "类型", "kind", Platform),
        new("quantity", "数量", "quantity", Gbt32150),
        new("unit", "单位", "unit", Platform),
        new("fuel", "燃料品种", "fuel", Gbt32150),
        new("carbonate", "碳酸盐", "carbonate", Gbt32150),
        new("gas", "温室气体", "gas", Gbt32150),
        new("product", "产品", "product", Gbt32150),
        new("source", "来源", "source", Platform),
        new("instrument", "方式", "instrument", Ndrc910),
        new("serial", "序列号", "serial", Ccer),
        new("category", "类别", "category", GhgProtocol),
        new("sinkType", "碳汇类型", "sink type", Cers),
        new("direction", "方向", "direction", Gbt32150),
        new("emissionFactor", "排放因子", "emission factor", Gbt32150),
        new("ncv", "低位发热量", "net calorific value", Gbt32150),
        new("carbonContent", "单位热值含碳量", "carbon content", Gbt32150),
        new("oxidationRate", "碳氧化率", "oxidation rate", Gbt32150),
        new("calcinationFraction", "煅烧比例", "calcination fraction", Gbt32150),
        new("internationalBunker", "国际燃料舱", "international bunker", Ndrc910),
        new("month", "月份", "month", Platform));
}
