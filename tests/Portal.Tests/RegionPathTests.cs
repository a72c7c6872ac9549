using CarbonPlatform.Portal.Region;
using Xunit;

namespace CarbonPlatform.Portal.Tests;

/// <summary>The region overview's drill-down path, from the caller's own region down to the one shown.</summary>
public sealed class RegionPathTests
{
    [Theory]
    [InlineData("100000", "100000", "100000")]
    [InlineData("100000", "320571", "100000 320000 320500 320571")]
    [InlineData("320000", "320500", "320000 320500")]
    [InlineData("320000", "320571", "320000 320500 320571")]
    [InlineData("320500", "320571", "320500 320571")]
    public void The_path_runs_from_the_own_region_through_each_level_to_the_one_shown(string own, string shown, string path) =>
        Assert.Equal(path.Split(' '), RegionPath.From(own, shown));
}
