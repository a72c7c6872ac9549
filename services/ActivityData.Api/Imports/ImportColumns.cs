namespace CarbonPlatform.ActivityData.Imports;

/// <summary>
/// The columns an import file may have: each is a field of an activity line (accounting.md) under its JSON name or its
/// Chinese header. Values are as in JSON: kind, unit and codes in their English codes (e.g. <c>fuel-combustion</c>,
/// <c>MWh</c>, <c>raw-coal</c>); booleans as true/false, 是/否 or 1/0. <c>month</c> (月份) is 1–12 or empty for the year.
/// </summary>
public static class ImportColumns
{
    public enum Type { Text, Number, Integer, Boolean }

    public sealed record Column(string Field, string Chinese, Type Type);

    public static readonly IReadOnlyList<Column> All =
    [
        new("id", "编号", Type.Text), new("kind", "类型", Type.Text), new("quantity", "数量", Type.Number), new("unit", "单位", Type.Text),
        new("fuel", "燃料", Type.Text), new("direction", "方向", Type.Text), new("ncv", "低位发热量", Type.Number),
        new("carbonContent", "单位热值含碳量", Type.Number), new("oxidationRate", "碳氧化率", Type.Number),
        new("internationalBunker", "国际燃料舱", Type.Boolean), new("carbonate", "碳酸盐", Type.Text),
        new("calcinationFraction", "煅烧比例", Type.Number), new("product", "产品", Type.Text), new("emissionFactor", "排放因子", Type.Number),
        new("gas", "气体", Type.Text), new("source", "来源", Type.Text), new("instrument", "工具", Type.Text),
        new("category", "范围三类别", Type.Integer), new("sinkType", "碳汇类型", Type.Text), new("serial", "序列号", Type.Text),
        new("month", "月份", Type.Integer), new("evidenceId", "证据编号", Type.Text),
        new("sourceId", "排放源", Type.Text), new("allocationId", "分配编号", Type.Text),
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
