namespace CarbonPlatform.ActivityData.Imports;

/// <summary>
/// The columns an import file may have: each is a field of an activity line (accounting.md) under its JSON name or its
/// Chinese header. Values are as in JSON: kind, unit and codes in their English codes (e.g. <c>fuel-combustion</c>,
/// <c>MWh</c>, <c>raw-coal</c>); booleans as true/false, 是/否 or 1/0. <c>month</c> (月份) is 1–12 or empty for the year.
/// </summary>
public static class ImportColumns
{
    public sealed record Column(string Field, string Chinese, LineFieldType Type);

    /// <summary>The Chinese header of each column, by field: the line's fields, then where the line comes from.</summary>
    private static readonly Dictionary<string, string> Chinese = new()
    {
        ["id"] = "编号", ["kind"] = "类型", ["quantity"] = "数量", ["unit"] = "单位", ["fuel"] = "燃料", ["direction"] = "方向",
        ["ncv"] = "低位发热量", ["carbonContent"] = "单位热值含碳量", ["oxidationRate"] = "碳氧化率", ["internationalBunker"] = "国际燃料舱",
        ["carbonate"] = "碳酸盐", ["calcinationFraction"] = "煅烧比例", ["product"] = "产品", ["emissionFactor"] = "排放因子", ["gas"] = "气体",
        ["source"] = "来源", ["instrument"] = "工具", ["category"] = "范围三类别", ["sinkType"] = "碳汇类型", ["serial"] = "序列号",
        ["month"] = "月份", ["evidenceId"] = "证据编号", ["sourceId"] = "排放源", ["allocationId"] = "分配编号",
    };

    public static readonly IReadOnlyList<Column> All =
    [
        .. ActivityLineFields.All.Select(f => new Column(f.Name, Chinese[f.Name], f.Type)),
        new("month", Chinese["month"], LineFieldType.Integer), new("evidenceId", Chinese["evidenceId"], LineFieldType.Text),
        new("sourceId", Chinese["sourceId"], LineFieldType.Text), new("allocationId", Chinese["allocationId"], LineFieldType.Text),
    ];

    public static readonly IReadOnlyList<string> Required = ["id", "kind", "quantity", "unit"];

    /// <summary>The column a header names (English case-insensitive, or Chinese), or null.</summary>
    public static Column? Find(string header)
    {
        var h = header.Trim();
        return All.FirstOrDefault(c => string.Equals(c.Field, h, StringComparison.OrdinalIgnoreCase) || c.Chinese == h);
    }

    /// <summary>The template's example line, by column: numbers as numbers (for a workbook), empty cells null.</summary>
    public static IReadOnlyList<object?> Example() => All.Select(c => c.Field switch
    {
        "id" => "L-001", "kind" => "fuel-combustion", "quantity" => 1200d, "unit" => "t", "fuel" => "anthracite", "month" => 1d, _ => (object?)null,
    }).ToArray();

    /// <summary>The CSV template: Chinese headers and the example line.</summary>
    public static string Template() =>
        string.Join(',', All.Select(c => c.Chinese)) + "\r\n"
        + string.Join(',', Example().Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))) + "\r\n";
}
