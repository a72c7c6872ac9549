using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests;

/// <summary>cn-2026.1 on the shared platform, where cn-2025.1 stays the default: served, selectable, never switched here.</summary>
[Collection(PlatformCollection.Name)]
public sealed class Cn2026ReleaseTests(PlatformFixture platform)
{
    private static readonly object JiangsuProvincial2025 = new
    {
        method = "cers-2025", year = 2025, regionCode = "320571", electricityFactorLevel = "provincial",
        lines = new object[] { new { id = "grid", kind = "purchased-electricity", quantity = 1000, unit = "MWh" } },
    };

    private static string[] UpdateRows() =>
        File.ReadAllLines(Path.Combine(RepositoryPaths.Shared, "reference-data", "updates", "electricity-factors-2023.csv")).Skip(1)
            .Where(l => l.Length > 0).ToArray();

    [Fact]
    public async Task Cn_2026_1_is_seeded_on_cn_2025_1_beside_it_and_is_not_the_default()
    {
        using var admin = await platform.AdminAsync();
        var releases = (await admin.GetJsonAsync("/api/v1/factor-releases")).GetProperty("items").EnumerateArray().ToList();
        var update = Assert.Single(releases, r => r.Str("name") == "cn-2026.1");
        Assert.Equal("cn-2025.1", update.Str("basedOn"));
        Assert.False(update.GetProperty("isDefault").GetBoolean());
        Assert.Equal("cn-2025.1", Assert.Single(releases, r => r.GetProperty("isDefault").GetBoolean()).Str("name"));

        var unverified2023 = await admin.GetJsonAsync("/api/v1/factors?release=cn-2026.1&category=electricity&year=2023&status=unverified");
        Assert.Equal(UpdateRows().Length, unverified2023.GetProperty("items").GetArrayLength());
        foreach (var row in UpdateRows().Select(r => r.Split(',')))
            Assert.Contains(unverified2023.GetProperty("items").EnumerateArray(), f =>
                f.Str("family") == row[0] && f.Str("level") == row[1] && f.Str("area") == row[2]
                && f.Num("value") == double.Parse(row[5], CultureInfo.InvariantCulture));
        var baseCount = (await admin.GetJsonAsync("/api/v1/factor-releases/cn-2025.1")).GetProperty("release").GetProperty("factorCount").GetInt32();
        var repeated = (await admin.GetJsonAsync("/api/v1/factors?release=cn-2025.1&category=electricity&year=2023")).GetProperty("items")
            .EnumerateArray().Count(f => UpdateRows().Any(r => r.StartsWith($"{f.Str("family")},{f.Str("level")},{f.Str("area")},", StringComparison.Ordinal)));
        Assert.Equal(baseCount + UpdateRows().Length - repeated, update.GetProperty("factorCount").GetInt32());
    }

    [Fact]
    public async Task A_Jiangsu_provincial_2025_line_is_computed_with_0_5827_under_cn_2026_1_and_refused_under_cn_2025_1()
    {
        using var admin = await platform.AdminAsync();
        var request = JsonSerializer.SerializeToNode(JiangsuProvincial2025)!.AsObject();
        request["factorRelease"] = "cn-2026.1";
        var result = await admin.PostAsync("/api/v1/calculations", request, HttpStatusCode.OK);
        Assert.Equal("cn-2026.1", result.Str("factorRelease"));
        Assert.Equal(582.7, result.GetProperty("totals").Num("scope2Location"), 9);
        var factor = Tenants.Line(result, "grid").GetProperty("inputs").EnumerateArray().Single(i => i.Str("name") == "gridAverageFactor");
        Assert.Equal("electricity/grid-average/provincial/320000/2023@cn-2026.1", factor.Str("origin"));
        Assert.Equal("unverified", factor.Str("status"));
        Assert.Equal(0.5827, factor.Num("value"), 12);

        // The default (cn-2025.1) has no provincial 2023 factor for Jiangsu: refused, naming level and vintage.
        using var refused = await admin.PostAsync("/api/v1/calculations", JsonContent.Create(JiangsuProvincial2025));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray(), e => e.Str("code") == "no-factor-for-vintage");
        Assert.Equal("electricityFactorLevel", error.Str("field"));
        Assert.Contains("cn-2025.1", error.Str("message"));
        Assert.Contains("provincial", error.Str("message"));
        Assert.Contains("vintage 2023", error.Str("message"));
    }
}
