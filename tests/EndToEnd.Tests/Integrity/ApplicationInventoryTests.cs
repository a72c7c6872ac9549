using System.Net;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Integrity;

/// <summary>Item 2: an application rests on a current evaluation of the current inventory.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ApplicationInventoryTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_stale_evaluation_is_refused_for_certification_and_its_rerun_on_the_current_inventory_is_accepted()
    {
        using var park = await EvaluatedPark.CreateAsync(platform);
        var inventory = $"/api/v1/parks/{park.ParkId}/inventories/2024?method=cers-2025";
        await park.Operator.PostAsync($"/api/v1/parks/{park.ParkId}/activity-records",
            new { year = 2024, lines = new object[] { new { id = "grid-q4", kind = "purchased-electricity", quantity = 900, unit = "MWh" } } },
            HttpStatusCode.Accepted);
        await park.Operator.EventuallyAsync(inventory, i => i.GetProperty("version").GetInt32() == 2 && i.Str("status") == "current");
        await park.Operator.EventuallyAsync($"/api/v1/parks/{park.ParkId}/evaluations/{park.EvaluationId}", e => e.GetProperty("stale").GetBoolean());

        Assert.Equal("evaluation-stale", await park.ApplyAsync(park.EvaluationId, HttpStatusCode.BadRequest));
        Assert.DoesNotContain((await park.Operator.GetJsonAsync("/api/v1/certification-applications")).GetProperty("items").EnumerateArray(), a => a.Str("parkId") == park.ParkId);

        var rerun = (await park.Operator.PostAsync($"/api/v1/parks/{park.ParkId}/evaluations/{park.EvaluationId}/re-evaluations", new { })).Str("id");
        var application = await park.ApplyAsync(rerun);
        var view = await park.Operator.GetJsonAsync($"/api/v1/certification-applications/{application}");
        Assert.Equal(2, view.GetProperty("inventoryVersion").GetInt32());
    }
}
