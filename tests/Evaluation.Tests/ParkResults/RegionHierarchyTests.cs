using CarbonPlatform.BuildingBlocks.Tenancy;
using CarbonPlatform.Testing;
using CarbonPlatform.Evaluation.Data;
using CarbonPlatform.Evaluation.Overview;
using Microsoft.EntityFrameworkCore;
using static CarbonPlatform.Evaluation.Tests.ParkResults.OverviewWorld;

namespace CarbonPlatform.Evaluation.Tests.ParkResults;

/// <summary>
/// The region hierarchy (#18): the national authority (100000, 全国) sees every park, a province its prefectures' and
/// counties' parks, and each is given its results per child region, down to counties.
/// </summary>
public sealed class RegionHierarchyTests
{
    // Jiangsu: Suzhou (3205) ×3, Nanjing (3201) ×1; Zhejiang: Hangzhou (3301) ×2; Beijing ×1.
    private static readonly string[] Regions = ["320571", "320583", "320506", "320115", "330106", "330110", "110108"];

    private static async Task<ConsumerWorld<EvaluationDb>> CountryAsync()
    {
        var world = await ConsumerWorld<EvaluationDb>.StartAsync(_ => { });
        var t = DateTime.UtcNow;
        await world.WithDbAsync(db =>
        {
            db.Evaluations.AddRange(Regions.Select((r, i) => Evaluated(Guid.NewGuid(), r, 2024, i % 2 == 0 ? "AA" : "B", t)));
            return db.SaveChangesAsync();
        });
        await world.WithDbAsync(RebuildAsync);
        return world;
    }

    [Fact]
    public async Task The_national_authority_sees_every_park_and_a_province_only_its_own()
    {
        await using var world = await CountryAsync();

        var national = await world.WithDbAsync(db => db.ParkResults.VisibleTo(Authority(RegionCodes.National)).CountAsync());
        var jiangsu = await world.WithDbAsync(db => db.ParkResults.VisibleTo(Authority("320000")).Select(r => r.ParkRegionCode).ToListAsync());
        var suzhou = await world.WithDbAsync(db => db.ParkResults.VisibleTo(Authority("320500")).CountAsync());
        var nowhere = await world.WithDbAsync(db => db.ParkResults.VisibleTo(Authority("100001")).CountAsync());

        Assert.Equal(7, national);
        Assert.Equal(4, jiangsu.Count);
        Assert.All(jiangsu, r => Assert.StartsWith("32", r));
        Assert.Equal(3, suzhou);
        Assert.Equal(0, nowhere);
        Assert.True(ParkVisibility.CanRead(Authority(RegionCodes.National), new ParkScope(Guid.NewGuid(), "园区", "650102", Guid.NewGuid())));
    }

    [Fact]
    public async Task The_country_is_summed_per_province_a_province_per_prefecture_and_a_prefecture_per_county()
    {
        await using var world = await CountryAsync();

        var country = await world.WithDbAsync(db => DistributionEndpoint.OfAsync(db.ParkResults.VisibleTo(Authority(RegionCodes.National)), RegionCodes.National, default));
        var jiangsu = await world.WithDbAsync(db => DistributionEndpoint.OfAsync(db.ParkResults.VisibleTo(Authority("320000")), "320000", default));
        var suzhou = await world.WithDbAsync(db => DistributionEndpoint.OfAsync(db.ParkResults.VisibleTo(Authority("320000")), "320500", default));

        Assert.Equal(["110000", "320000", "330000"], country.Children.Select(c => c.RegionCode));
        Assert.Equal([1, 4, 2], country.Children.Select(c => c.Figures.Parks));
        Assert.Equal(7, country.Total.Parks);
        Assert.Equal(700, country.Total.Emissions);
        Assert.Equal(280, country.Total.Neutralisation);
        Assert.Equal(["320100", "320500"], jiangsu.Children.Select(c => c.RegionCode));
        Assert.Equal([1, 3], jiangsu.Children.Select(c => c.Figures.Parks));
        Assert.Equal(new Dictionary<string, int> { ["AA"] = 2, ["B"] = 2 }, jiangsu.Total.Grades);
        Assert.Equal(["320506", "320571", "320583"], suzhou.Children.Select(c => c.RegionCode));
        Assert.Equal(3, suzhou.Total.Parks);
    }

    [Fact]
    public async Task A_province_drilling_into_another_province_is_given_nothing()
    {
        await using var world = await CountryAsync();

        var zhejiang = await world.WithDbAsync(db => DistributionEndpoint.OfAsync(db.ParkResults.VisibleTo(Authority("320000")), "330000", default));

        Assert.Equal(0, zhejiang.Total.Parks);
        Assert.Empty(zhejiang.Children);
    }

    [Theory]
    [InlineData("320000", 4)]
    [InlineData("320500", 3)]
    [InlineData("320571", 1)]
    [InlineData("330000", 2)]
    public async Task A_region_s_parks_are_found_by_its_province_prefecture_or_county_code(string region, int parks)
    {
        await using var world = await CountryAsync();
        var prefix = RegionCodes.Prefix(region)!;

        var asked = await world.WithDbAsync(db => db.ParkResults.InRegion(prefix).Select(r => r.ParkRegionCode).ToListAsync());
        var own = await world.WithDbAsync(db => db.ParkResults.VisibleTo(Authority(region)).Select(r => r.ParkRegionCode).ToListAsync());

        Assert.Equal(parks, asked.Count);
        Assert.All(asked, code => Assert.StartsWith(prefix, code));
        Assert.Equal(asked.Order(), own.Order());
    }

    [Fact]
    public async Task The_results_of_one_page_of_parks_are_asked_for_by_their_ids_and_stay_inside_the_callers_region()
    {
        await using var world = await CountryAsync();
        var all = await world.WithDbAsync(db => db.ParkResults.Select(r => new { r.ParkId, r.ParkRegionCode }).ToListAsync());
        var suzhou = all.Where(r => r.ParkRegionCode.StartsWith("3205", StringComparison.Ordinal)).Select(r => r.ParkId).Take(2).ToList();
        var hangzhou = all.First(r => r.ParkRegionCode.StartsWith("3301", StringComparison.Ordinal)).ParkId;
        var filter = new ParkResultFilter(2024, null, null, null, null, null, null, ParkIds: [.. suzhou, hangzhou]);

        var jiangsu = await world.WithDbAsync(db => db.ParkResults.VisibleTo(Authority("320000")).Filtered(filter).Select(r => r.ParkId).ToListAsync());
        var national = await world.WithDbAsync(db => db.ParkResults.VisibleTo(Authority(RegionCodes.National)).Filtered(filter).Select(r => r.ParkId).ToListAsync());

        Assert.Equal(suzhou.Order(), jiangsu.Order()); // Hangzhou's park was asked for, but Jiangsu may not see it
        Assert.Equal(suzhou.Append(hangzhou).Order(), national.Order());
    }

    [Theory]
    [InlineData("320000", "IX_ParkResults_Year_ProvinceCode_GradeRank_EvaluationId")]
    [InlineData("320500", "IX_ParkResults_Year_PrefectureCode_GradeRank_EvaluationId")]
    public async Task A_province_s_page_is_read_from_its_index_in_grade_order_without_a_sort(string region, string index)
    {
        await using var world = await CountryAsync();
        var filter = new ParkResultFilter(2024, null, null, null, null, null, null);

        var plan = await world.WithDbAsync(async db =>
        {
            var query = db.ParkResults.VisibleTo(Authority(region)).Filtered(filter).Sorted("grade", descending: true).Take(101);
            await using var command = query.CreateDbCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
            await db.Database.OpenConnectionAsync();
            await using var reader = await command.ExecuteReaderAsync();
            var details = new List<string>();
            while (await reader.ReadAsync()) details.Add(reader.GetString(3));
            return string.Join(" | ", details);
        });

        Assert.Contains(index, plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    [Theory]
    [InlineData("100000", 2)]
    [InlineData("320000", 4)]
    [InlineData("320500", 6)]
    [InlineData("320571", 6)]
    public void A_region_s_children_are_named_by_the_next_digits(string region, int digits) =>
        Assert.Equal(digits, RegionCodes.ChildDigits(region));
}
