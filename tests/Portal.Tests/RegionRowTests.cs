using CarbonPlatform.Portal.Platform;
using CarbonPlatform.Portal.Region;
using Xunit;

namespace CarbonPlatform.Portal.Tests;

public sealed class RegionRowTests
{
    private static readonly ParkView Suzhou = new(Guid.NewGuid(), "苏州园", "320571", Guid.NewGuid(), "building");
    private static readonly ParkView Wuxi = new(Guid.NewGuid(), "无锡园", "320200", Guid.NewGuid(), "registered");
    private static readonly ParkView Nanjing = new(Guid.NewGuid(), "南京园", "320100", Guid.NewGuid(), "certified");

    private static ParkResult Result(ParkView park, int year, string? grade, double ratio) =>
        new(park.Id, park.Name, park.RegionCode, year, "s", grade, grade is not null, ratio, null, null, "current", Guid.NewGuid());

    private static List<RegionRow> Rows() => RegionRow.Join([Suzhou, Wuxi, Nanjing],
        [Result(Suzhou, 2023, "C", 0.2), Result(Suzhou, 2024, "A", 0.6), Result(Nanjing, 2024, "AAA", 1.1)],
        [new ApplicationView(Guid.NewGuid(), Nanjing.Id, Nanjing.Name, Guid.NewGuid(), Guid.NewGuid(), "approved", 2024, "s", "AAA", true, 1, "r", "CN-1",
            DateTime.UtcNow, DateTime.UtcNow, [])],
        new Dictionary<string, string> { ["CN-1"] = "valid" }, year: null);

    [Fact]
    public void Every_visible_park_is_listed_with_its_newest_result_even_without_one()
    {
        var rows = Rows();

        Assert.Equal(3, rows.Count);
        Assert.Equal("A", rows.Single(r => r.Park == Suzhou).Result!.Grade);
        Assert.Null(rows.Single(r => r.Park == Wuxi).Result);
        Assert.Equal("valid", rows.Single(r => r.Park == Nanjing).CertificateStatus);
    }

    [Fact]
    public void Sorting_by_grade_puts_the_best_first_when_descending()
    {
        Assert.Equal([Nanjing, Suzhou, Wuxi], RegionRow.Sort(Rows(), "grade", descending: true).Select(r => r.Park));
        Assert.Equal([Wuxi, Suzhou, Nanjing], RegionRow.Sort(Rows(), "grade", descending: false).Select(r => r.Park));
    }

    [Fact]
    public void Filters_take_a_grade_none_for_parks_without_one_and_text_by_name_or_region_prefix()
    {
        Assert.Equal([Wuxi], RegionRow.Filter(Rows(), "none", null).Select(r => r.Park));
        Assert.Equal([Suzhou], RegionRow.Filter(Rows(), null, "3205").Select(r => r.Park));
        Assert.Equal([Nanjing], RegionRow.Filter(Rows(), "AAA", "南京").Select(r => r.Park));
    }

    [Fact]
    public void The_distribution_counts_parks_per_grade_best_first()
    {
        var distribution = RegionRow.Distribution(Rows());

        Assert.Equal(["AAA", "AA", "A", "B", "C", "none"], distribution.Select(d => d.Grade));
        Assert.Equal([1, 0, 1, 0, 0, 1], distribution.Select(d => d.Parks));
    }

    [Fact]
    public void A_year_asked_keeps_only_that_years_results()
    {
        var rows = RegionRow.Join([Suzhou], [Result(Suzhou, 2023, "C", 0.2), Result(Suzhou, 2024, "A", 0.6)], [], new Dictionary<string, string>(), 2023);

        Assert.Equal("C", rows.Single().Result!.Grade);
    }

    [Fact]
    public void The_aggregate_s_grades_give_the_chart_and_parks_without_a_graded_result_count_as_none()
    {
        var aggregate = new GradeDistribution("320000", new GradeFigures(3, new() { ["AAA"] = 1, ["A"] = 1, ["none"] = 1 }, 2, 0, 300, 120), []);

        var distribution = RegionRow.Distribution(aggregate, parks: 4);

        Assert.Equal(["AAA", "AA", "A", "B", "C", "none"], distribution.Select(d => d.Grade));
        Assert.Equal([1, 0, 1, 0, 0, 2], distribution.Select(d => d.Parks));
    }
}
