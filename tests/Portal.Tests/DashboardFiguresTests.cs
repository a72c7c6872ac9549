using CarbonPlatform.Portal.Dashboard;
using Xunit;
using static CarbonPlatform.Portal.Tests.Samples;

namespace CarbonPlatform.Portal.Tests;

public sealed class DashboardFiguresTests
{
    [Fact]
    public void Scope_totals_add_the_counted_lines_of_each_scope_and_leave_excluded_lines_out()
    {
        var inventory = Inventory("current", Line("gas", "fuel-combustion", 1, 100), Line("diesel", "fuel-combustion", 1, 20),
            Line("grid", "purchased-electricity", 2, 50), Line("bunker", "fuel-combustion", 1, 999, excluded: true));

        var figures = DashboardFigures.From(inventory, [], null);

        Assert.Equal(120, figures.ScopeTotals[1]);
        Assert.Equal(50, figures.ScopeTotals[2]);
        Assert.Equal(["fuel-combustion", "purchased-electricity"], figures.ByKind.Select(k => k.Kind));
        Assert.Equal("gas", figures.ByLine[0].Line);
    }

    [Fact]
    public void Months_come_from_the_ledger_entry_that_is_not_superseded()
    {
        var inventory = Inventory("current", Line("grid-jan", "purchased-electricity", 2, 10), Line("grid-feb", "purchased-electricity", 2, 30),
            Line("gas", "fuel-combustion", 1, 5));
        var ledger = new[] { Entry(1, "grid-jan", 3, superseded: true), Entry(2, "grid-jan", 1), Entry(3, "grid-feb", 2), Entry(4, "gas", null) };

        var figures = DashboardFigures.From(inventory, ledger, null);

        Assert.Equal(10, figures.ByMonth[1]);
        Assert.Equal(30, figures.ByMonth[2]);
        Assert.False(figures.ByMonth.ContainsKey(3));
        Assert.Equal(5, figures.Annual);
        Assert.Equal(Enumerable.Range(3, 10), figures.MissingMonths);
        Assert.Contains(QualityFlag.MissingMonths, figures.Flags);
    }

    [Fact]
    public void A_year_recorded_only_as_annual_lines_is_flagged_as_having_no_monthly_data()
    {
        var figures = DashboardFigures.From(Inventory("current", Line("gas", "fuel-combustion", 1, 5)), [Entry(1, "gas", null)], null);

        Assert.Contains(QualityFlag.NoMonthlyData, figures.Flags);
        Assert.DoesNotContain(QualityFlag.MissingMonths, figures.Flags);
        Assert.Empty(figures.MissingMonths);
    }

    [Fact]
    public void Lines_using_factors_that_are_not_confirmed_are_counted_and_named()
    {
        var inventory = Inventory("stale", Line("gas", "fuel-combustion", 1, 5), Line("coke", "fuel-combustion", 1, 7, status: "provisional"),
            Line("lpg", "fuel-combustion", 1, 3, flags: "unverified-factor"));

        var figures = DashboardFigures.From(inventory, [], null);

        Assert.Equal(2, figures.Unverified.Lines);
        Assert.Equal(["coke", "lpg"], figures.Unverified.ByKind.Single().Sample);
        Assert.Contains(QualityFlag.UnverifiedFactors, figures.Flags);
        Assert.Contains(QualityFlag.InventoryStale, figures.Flags);
    }

    [Fact]
    public void The_ratio_is_shown_against_what_the_next_grade_asks_and_how_much_more_to_neutralise()
    {
        var figures = DashboardFigures.From(Inventory("current", Line("gas", "fuel-combustion", 1, 400)), [], EvaluationNeeding(0.2, 0.3, 20));

        Assert.Equal(0.25, figures.Ratio.Ratio);
        Assert.Equal(0.3, figures.Ratio.Threshold);
        Assert.Equal("C", figures.Ratio.NextGrade);
        Assert.Equal(20, figures.Ratio.ToNeutralise);
    }

    [Fact]
    public void Without_an_evaluation_there_is_no_threshold_to_show()
    {
        var figures = DashboardFigures.From(Inventory("current", Line("gas", "fuel-combustion", 1, 400)), [], null);

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
