using static CarbonPlatform.Glossary.Sources;

namespace CarbonPlatform.Glossary;

/// <summary>The coded values of a line's fields, of where a value came from, and of the ledger's channels.</summary>
public static class Values
{
    public static readonly IReadOnlyDictionary<string, Term> All = Glossary.Index(
        new("fossil", "化石能源", "fossil", Ndrc910),
        new("non-fossil", "非化石能源", "non-fossil", Ndrc910),
        new("direct-supply", "绿电直供", "direct supply", Ndrc910),
        new("green-power-trade", "绿电交易", "green power trade", Ndrc910),
        new("green-certificate", "绿证", "green certificate", Ndrc910),
        new("input", "投入", "input", Gbt32150),
        new("output", "产出", "output", Gbt32150),
        new("green-space", "绿地", "green space", Cers),
        new("forest", "林地", "forest", Cers),
        new("wetland", "湿地", "wetland", Cers),
        new("line", "明细填报值", "given on the line", Platform),
        new("request", "核算请求给定", "given on the request", Platform),
        new("default", "核算规则缺省值", "default of the accounting rules", Cers),
        new("api", "接口", "API", Platform),
        new("import", "文件导入", "file import", Platform),
        new("csv", "CSV 导入", "CSV import", Platform),
        new("xlsx", "XLSX 导入", "XLSX import", Platform),
        new("meter-readings", "计量表读数", "meter readings", Platform),
        new("unverified-factor", "使用了未确认的排放因子", "uses an unconfirmed emission factor", Platform),
        new("provisional-factor", "使用了暂定的排放因子", "uses a provisional emission factor", Platform),
        new("international-bunker", "国际燃料舱", "international bunker", Ndrc910));
}
