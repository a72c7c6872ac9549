using CarbonPlatform.Portal.Platform;
using CarbonPlatform.Portal.Region;
using Xunit;

namespace CarbonPlatform.Portal.Tests;

/// <summary>/region reads one page of the registry and the results of those parks only, whatever the size of the region.</summary>
public sealed class RegionPageTests
{
    [Fact]
    public void The_page_asks_the_registry_for_one_page_matched_on_the_server()
    {
        var path = RegionPage.ParksPath(" 苏州 ", "abc+/=");

        Assert.Equal($"api/v1/parks?limit={RegionPage.Size}&text={Uri.EscapeDataString("苏州")}&cursor={Uri.EscapeDataString("abc+/=")}", path);
        Assert.Equal($"api/v1/parks?limit={RegionPage.Size}", RegionPage.ParksPath("  ", null));
    }

    [Fact]
    public void The_results_asked_for_are_those_of_the_page_s_parks_and_year()
    {
        var parks = Enumerable.Range(0, RegionPage.Size).Select(_ => Guid.NewGuid()).ToList();

        var path = RegionPage.ResultsPath(parks, "year=2025");
        var asked = path.Split('?', '&').Where(p => p.StartsWith("parkId=", StringComparison.Ordinal)).Select(p => Guid.Parse(p["parkId=".Length..])).ToList();

        Assert.Equal(parks, asked);
        Assert.EndsWith("&year=2025", path);
        Assert.DoesNotContain("year", RegionPage.ResultsPath(parks, ""));
    }

    [Fact]
    public void The_chart_counts_come_from_the_overview_s_aggregate_not_from_the_rows()
    {
        var total = new GradeFigures(12, new() { ["AAA"] = 2, ["A"] = 5, ["C"] = 1 }, 8, 0, 0, 0);

        var bars = RegionPage.Grades(new GradeDistribution("320000", total, []));

        Assert.Equal([("AAA", 2), ("AA", 0), ("A", 5), ("B", 0), ("C", 1), ("none", 4)], bars);
        Assert.Empty(RegionPage.Grades(null));
    }
}
