using CarbonPlatform.Portal.Dashboard;
using Xunit;
using static CarbonPlatform.Portal.Tests.Samples;

namespace CarbonPlatform.Portal.Tests;

public sealed class DashboardFiguresTests
{
    [Fact]
    public void The_charts_show_the_summary_s_sums_by_scope_kind_line_and_month()
    {
        var figures = DashboardFigures.From(Summary("current", months: [new(1, 10, 1), new(2, 30, 1)], annual: 5), null);

        Assert.Equal(120, figures.ScopeTotals[1]);
        Assert.Equal(50, figures.ScopeTotals[2]);
        Assert.Equal(["fuel-combustion", "purchased-electricity"], figures.ByKind.Select(k => k.Kind));
        Assert.Equal("gas", figures.ByLine[0].Line);
        Assert.Equal(10, figures.ByMonth[1]);
        Assert.Equal(30, figures.ByMonth[2]);
        Assert.Equal(5, figures.Annual);
    }

    [Fact]
    public void Months_missing_from_a_monthly_year_are_flagged()
    {
        var figures = DashboardFigures.From(Summary("current", months: [new(1, 10, 1)], missing: [.. Enumerable.Range(2, 11)]), null);

        Assert.Equal(Enumerable.Range(2, 11), figures.MissingMonths);
        Assert.Contains(QualityFlag.MissingMonths, figures.Flags);
    }

    [Fact]
    public void A_year_recorded_only_as_annual_lines_is_flagged_as_having_no_monthly_data()
    {
        var figures = DashboardFigures.From(Summary("current", annual: 5), null);

        Assert.Contains(QualityFlag.NoMonthlyData, figures.Flags);
        Assert.DoesNotContain(QualityFlag.MissingMonths, figures.Flags);
        Assert.Empty(figures.MissingMonths);
    }

    [Fact]
    public void Lines_using_factors_that_are_not_confirmed_are_counted_and_named()
    {
        var figures = DashboardFigures.From(Summary("stale", unverified: new(2, [new("fuel/coke/ef@cn-2025.1", "provisional", 2, ["coke", "lpg"])],
            [new("fuel-combustion", null, 2, ["coke", "lpg"])])), null);

        Assert.Equal(2, figures.Unverified.Lines);
        Assert.Equal(["coke", "lpg"], figures.Unverified.ByKind.Single().Sample);
        Assert.Contains(QualityFlag.UnverifiedFactors, figures.Flags);
        Assert.Contains(QualityFlag.InventoryStale, figures.Flags);
    }

    [Fact]
    public void The_ratio_is_shown_against_what_the_next_grade_asks_and_how_much_more_to_neutralise()
    {
        var figures = DashboardFigures.From(Summary("current"), EvaluationNeeding(0.2, 0.3, 20));

        Assert.Equal(0.25, figures.Ratio.Ratio);
        Assert.Equal(0.3, figures.Ratio.Threshold);
        Assert.Equal("C", figures.Ratio.NextGrade);
        Assert.Equal(20, figures.Ratio.ToNeutralise);
    }

    [Fact]
    public void Without_an_evaluation_there_is_no_threshold_to_show()
    {
        var figures = DashboardFigures.From(Summary("current"), null);

        Assert.Null(figures.Ratio.Threshold);
        Assert.Null(figures.Ratio.NextGrade);
    }

    [Fact]
    public void Where_the_bases_differ_both_gross_figures_show_and_net_may_exceed_the_location_based_one()
    {
        var basis = BasisTotals.Of(new Platform.InventoryTotals(100, 50, 80, 0, 150, 180, 20, 160, null, null, null));

        Assert.True(basis.Differ);
        Assert.True(basis.NetAboveGrossLocation);
        Assert.Equal(180, basis.GrossMarket);
    }

    [Fact]
    public void Equal_bases_show_one_gross_figure()
    {
        var basis = BasisTotals.Of(new Platform.InventoryTotals(100, 50, 50, 0, 150, 150, 20, 130, null, null, null));

        Assert.False(basis.Differ);
        Assert.False(basis.NetAboveGrossLocation);
    }
}
