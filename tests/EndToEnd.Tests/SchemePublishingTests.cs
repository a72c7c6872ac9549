using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public sealed class SchemePublishingTests(PlatformFixture platform)
{
    [Fact]
    public async Task An_authority_publishes_versions_of_its_own_scheme_and_older_versions_stay_usable()
    {
        using var admin = await platform.AdminAsync();
        var jiangsu = await Tenants.CreateAsync(admin, "regional-authority", "江苏 schemes " + Guid.NewGuid().ToString("N")[..6], "320000");
        var zhejiang = await Tenants.CreateAsync(admin, "regional-authority", "浙江 schemes " + Guid.NewGuid().ToString("N")[..6], "330000");
        using var js = await platform.ClientAsync(jiangsu.ClientId, jiangsu.ClientSecret);
        using var zj = await platform.ClientAsync(zhejiang.ClientId, zhejiang.ClientSecret);
        var id = "jiangsu-2027-" + Guid.NewGuid().ToString("N")[..6];

        var definition = JsonNode.Parse((await js.GetJsonAsync("/api/v1/schemes/hunan-2027")).GetRawText())!.AsObject();
        definition["id"] = id;
        definition["version"] = 1;
        await js.PostAsync("/api/v1/schemes", definition);

        // Nobody else's: not the platform's shipped schemes, not another region's.
        var shipped = definition.DeepClone().AsObject();
        shipped["id"] = "ndrc-910-2025";
        shipped["version"] = 99;
        await js.PostAsync("/api/v1/schemes", shipped, HttpStatusCode.Forbidden);
        var second = definition.DeepClone().AsObject();
        second["version"] = 2;
        await zj.PostAsync("/api/v1/schemes", second, HttpStatusCode.Forbidden);

        // An unknown indicator is refused with the field named, and nothing is published.
        var invalid = definition.DeepClone().AsObject();
        invalid["version"] = 3;
        invalid["indicators"]![0]!["code"] = "G9";
        using var refused = await js.PostAsJsonAsync("/api/v1/schemes", invalid);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains(errors.EnumerateArray(), e => e.Str("field").StartsWith("indicators[0]", StringComparison.Ordinal));
        await js.GetJsonAsync($"/api/v1/schemes/{id}?version=3", HttpStatusCode.NotFound);

        await js.PostAsync("/api/v1/schemes", second);
        var previewOfVersion1 = await admin.PostAsync("/api/v1/evaluation-previews", new
        {
            scheme = id, schemeVersion = 1,
            inventory = new { method = "ndrc-910-2025", year = 2024, lines = new object[] { new { id = "gas", kind = "fuel-combustion", quantity = 10, unit = "10^4Nm3", fuel = "natural-gas" } } },
            indicators = new Dictionary<string, object> { ["G1"] = 0.9, ["G2"] = true, ["G3"] = 0.9, ["G4"] = 0.6, ["G5"] = 0.9 },
        }, HttpStatusCode.OK);
        Assert.Equal(id, previewOfVersion1.Str("scheme"));
        Assert.Equal(1, previewOfVersion1.GetProperty("schemeVersion").GetInt32());
        Assert.Equal("secondary-source", previewOfVersion1.Str("schemeStatus"));
    }
}
