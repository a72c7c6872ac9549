using System.Net;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public sealed class ResilienceTests(PlatformFixture platform)
{
    [Fact]
    public async Task An_event_published_while_accounting_is_down_is_handled_after_it_restarts()
    {
        using var admin = await platform.AdminAsync();
        var tenant = await Tenants.CreateAsync(admin, "park-operator", "Resilience operator " + Guid.NewGuid().ToString("N")[..6], "320500");
        using var op = await platform.ClientAsync(tenant.ClientId, tenant.ClientSecret);
        var parkId = await Tenants.ParkAsync(op, tenant, "Resilience park", "320506");

        await platform.Platform.StopAsync("accounting");
        try
        {
            await op.PostAsync($"/api/v1/parks/{parkId}/activity-records", new
            {
                year = 2023,
                lines = new object[] { new { id = "boiler", kind = "fuel-combustion", quantity = 10, unit = "10^4Nm3", fuel = "natural-gas" } },
            }, HttpStatusCode.Accepted);
            await Task.Delay(TimeSpan.FromSeconds(2)); // the event is now waiting in accounting's queue
        }
        finally
        {
            platform.Platform.Start("accounting");
            await platform.Platform.WaitReadyAsync("gateway", TimeSpan.FromSeconds(120));
        }

        var inventory = await op.EventuallyAsync($"/api/v1/parks/{parkId}/inventories/2023?method=cers-2025", i => i.Str("status") == "current");
        Assert.Equal(ReferenceData.DefaultFuelCo2("natural-gas", 10), inventory.GetProperty("totals").Num("scope1"), 6);
        Assert.Equal(1, inventory.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_retried_batch_with_the_same_idempotency_key_is_recorded_once()
    {
        using var admin = await platform.AdminAsync();
        var tenant = await Tenants.CreateAsync(admin, "park-operator", "Idempotency operator " + Guid.NewGuid().ToString("N")[..6], "320500");
        using var op = await platform.ClientAsync(tenant.ClientId, tenant.ClientSecret);
        var parkId = await Tenants.ParkAsync(op, tenant, "Idempotency park", "320506");
        var body = new { year = 2024, lines = new object[] { new { id = "grid", kind = "purchased-electricity", quantity = 100, unit = "MWh" } } };

        string Post(HttpResponseMessage r) => r.Content.ReadAsStringAsync().Result;
        var answers = new List<(HttpStatusCode, string)>();
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/parks/{parkId}/activity-records") { Content = System.Net.Http.Json.JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", "retry-1");
            using var response = await op.SendAsync(request);
            answers.Add((response.StatusCode, Post(response)));
        }
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a.Item1));
        Assert.Equal(answers[0].Item2, answers[1].Item2); // the same batch id both times
        var recorded = await op.GetJsonAsync($"/api/v1/parks/{parkId}/activity-records?year=2024");
        Assert.Equal(1, recorded.GetProperty("items").GetArrayLength());
    }
}
