using static CarbonPlatform.Glossary.Sources;

namespace CarbonPlatform.Glossary;

/// <summary>The kinds of activity line (shared/domain/accounting.md), named as GB/T 32150 and the standard name them.</summary>
public static class LineKinds
{
    public static readonly IReadOnlyDictionary<string, Term> All = Glossary.Index(
        new("fuel-combustion", "燃料燃烧", "Fuel combustion", Gbt32150),
        new("fuel-conversion", "能源加工转换（碳平衡）", "Fuel conversion (carbon balance)", Gbt32150),
        new("carbonate-decomposition", "碳酸盐分解", "Carbonate decomposition", Gbt32150),
        new("industrial-process", "工业生产过程", "Industrial process", Gbt32150),
        new("ghg-release", "温室气体逸散", "Greenhouse gas release", Gbt32150),
        new("co2-recovery", "二氧化碳回收利用", "CO2 recovery", Gbt32150),
        new("purchased-electricity", "外购电力", "Purchased electricity", Gbt32150),
        new("onsite-generation", "园区内非化石能源发电", "On-site non-fossil generation", Ndrc910),
        new("green-electricity", "绿色电力", "Green electricity", Ndrc910),
        new("exported-electricity", "输出电力", "Exported electricity", Gbt32150),
        new("purchased-heat", "外购热力", "Purchased heat", Gbt32150),
        new("exported-heat", "输出热力", "Exported heat", Gbt32150),
        new("scope3", "范围三（其他间接排放）", "Scope 3 (other indirect)", GhgProtocol),
        new("carbon-sink", "碳汇", "Carbon sink", Cers),
        new("offset", "碳抵销", "Offset", Ccer));
}
