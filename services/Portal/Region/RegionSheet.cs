using CarbonPlatform.Portal.Localization;

namespace CarbonPlatform.Portal.Region;

/// <summary>The region table as spreadsheet rows, headed in the page's language: numbers stay numbers. Pure.</summary>
public static class RegionSheet
{
    public static object?[] Header(PortalText l) =>
    [
        l["园区", "Park"], l["区划代码", "Region code"], l["年度", "Year"], l["评价方案", "Scheme"], l["等级", "Grade"],
        l["单位能耗碳排放（tCO2/tce）", "Intensity (tCO2/tce)"], l["碳中和比例（范围一+二）", "Neutralisation ratio (scopes 1+2)"], l["证书状态", "Certificate"],
    ];

    public static object?[] Row(RegionRow row, PortalText l) =>
    [
        row.Park.Name, row.Park.RegionCode, row.Result?.Year, row.Result?.Scheme,
        row.Result is null ? null : row.Result.Grade ?? (row.Result.Passed == true ? l["通过", "passed"] : l["未达等级", "no grade"]),
        row.Result?.Intensity, row.Result?.Ratio12, row.CertificateStatus is { } s ? l.Status(s) : null,
    ];
}
