namespace CarbonPlatform.Portal.Approvals;

/// <summary>The id an enterprise's entered line gets: its source, year and month, so the same month entered twice is refused as a duplicate. Pure.</summary>
public static class EnterpriseLines
{
    public static string Id(Guid sourceId, int year, int? month) =>
        $"ent-{sourceId:N}-{year}" + (month is { } m ? $"-{m:00}" : "");
}
