using System.Net;
using System.Text.Json;
using CarbonPlatform.Contracts.Certification;
using CarbonPlatform.Testing;
using CarbonPlatform.ParkRegistry.Tests.Support;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace CarbonPlatform.ParkRegistry.Tests;

/// <summary>The park's access log: who read its data, for its operator's eyes only.</summary>
[Collection(nameof(PlatformCollection))]
public sealed class AccessLogTests(Platform platform)
{
    private readonly HttpClient _admin = platform.RegistryAs(Callers.PlatformAdmin());

    private async Task<(Guid Operator, Guid Park)> ParkInSuzhouAsync()
    {
        var operatorId = await _admin.RegisterOrganizationAsync("park-operator");
        return (operatorId, await _admin.RegisterParkAsync(operatorId, "320571"));
    }

    private static async Task<List<JsonElement>> EntriesAsync(HttpClient caller, Guid park, string query = "")
    {
        var response = await caller.GetAsync($"/api/v1/parks/{park}/access-log{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("items").EnumerateArray().ToList();
    }

    private static async Task<List<JsonElement>> EventuallyAsync(HttpClient caller, Guid park, Func<List<JsonElement>, bool> done)
    {
        List<JsonElement> entries = [];
        await UntilAsync(async () => done(entries = await EntriesAsync(caller, park)), "the access log shows the read");
        return entries;
    }

    [Fact]
    public async Task An_operator_sees_who_read_its_park()
    {
        var (operatorId, park) = await ParkInSuzhouAsync();
        var jiangsu = await _admin.RegisterOrganizationAsync("regional-authority", "320000", RegistryApi.Unique("Jiangsu DEE"));
        var authority = platform.RegistryAs(Callers.Authority(jiangsu, "320000"));
        var operatorAdmin = platform.RegistryAs(Callers.Operator(operatorId));

        Assert.Equal(HttpStatusCode.OK, (await authority.GetAsync($"/api/v1/parks/{park}?secret=never-logged")).StatusCode);
        var entries = await EventuallyAsync(operatorAdmin, park, e => e.Any(x => x.GetProperty("organizationId").GetString() == jiangsu.ToString()));

        var read = Assert.Single(entries, x => x.GetProperty("organizationId").GetString() == jiangsu.ToString());
        Assert.Equal("regional-authority", read.GetProperty("organizationKind").GetString());
        Assert.Equal($"authority-{jiangsu:N}", read.GetProperty("subject").GetString());
        Assert.StartsWith("Jiangsu DEE", read.GetProperty("organizationName").GetString());
        Assert.Equal("park-registry", read.GetProperty("service").GetString());
        Assert.Equal("/api/v1/parks/{parkId:guid}", read.GetProperty("route").GetString());
        Assert.InRange(read.GetProperty("readAt").GetDateTime(), DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddSeconds(1));
        Assert.DoesNotContain("never-logged", JsonSerializer.Serialize(entries));
        // Reading the access log is not itself a read of the park's data.
        Assert.DoesNotContain(entries, x => x.GetProperty("route").GetString()!.Contains("access-log"));
    }

    [Fact]
    public async Task The_operators_own_people_and_the_administrator_read_the_log_and_their_reads_are_in_it()
    {
        var (operatorId, park) = await ParkInSuzhouAsync();
        var viewer = platform.RegistryAs(Callers.Operator(operatorId, "operator-viewer"));
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/parks/{park}/lifecycle")).StatusCode);

        var entries = await EventuallyAsync(viewer, park, e => e.Any(x => x.GetProperty("route").GetString()!.Contains("/lifecycle")));

        Assert.Equal(operatorId.ToString(), entries.First(x => x.GetProperty("route").GetString()!.Contains("/lifecycle")).GetProperty("organizationId").GetString());
        Assert.NotEmpty(await EntriesAsync(_admin, park));
    }

    [Fact]
    public async Task Whoever_may_not_see_the_park_finds_no_access_log()
    {
        var (_, park) = await ParkInSuzhouAsync();
        var otherOperator = platform.RegistryAs(Callers.Operator(await _admin.RegisterOrganizationAsync("park-operator")));
        var nanjing = platform.RegistryAs(Callers.Authority(Guid.NewGuid(), "320100"));

        Assert.Equal(HttpStatusCode.NotFound, (await otherOperator.GetAsync($"/api/v1/parks/{park}/access-log")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await nanjing.GetAsync($"/api/v1/parks/{park}/access-log")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.GetAsync($"/api/v1/parks/{Guid.NewGuid()}/access-log")).StatusCode);
    }

    [Fact]
    public async Task An_authority_or_a_reviewing_body_that_sees_the_park_is_refused_its_access_log()
    {
        var (_, park) = await ParkInSuzhouAsync();
        var authority = platform.RegistryAs(Callers.Authority(Guid.NewGuid(), "320000"));
        var bodyId = await _admin.RegisterOrganizationAsync("certification-body");
        var body = platform.RegistryAs(CertificationBody(bodyId));
        await platform.Registry.Services.GetRequiredService<IBus>()
            .Publish(new CertificationApplied(Guid.NewGuid(), park, Guid.NewGuid(), bodyId, 2024));
        await UntilAsync(async () => (await body.GetAsync($"/api/v1/parks/{park}")).StatusCode == HttpStatusCode.OK, "the body reviews the park");

        Assert.Equal(HttpStatusCode.Forbidden, (await authority.GetAsync($"/api/v1/parks/{park}/access-log")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await body.GetAsync($"/api/v1/parks/{park}/access-log")).StatusCode);
    }

    [Fact]
    public async Task A_limit_out_of_bounds_or_a_range_that_ends_before_it_starts_is_invalid()
    {
        var (operatorId, park) = await ParkInSuzhouAsync();
        var operatorAdmin = platform.RegistryAs(Callers.Operator(operatorId));

        var page = await operatorAdmin.GetAsync($"/api/v1/parks/{park}/access-log?limit=0");
        var range = await operatorAdmin.GetAsync($"/api/v1/parks/{park}/access-log?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal("limit", (await page.JsonAsync()).GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, range.StatusCode);
    }

    private static TokenClaims CertificationBody(Guid organizationId) => new()
    {
        Subject = $"body-{organizationId:N}",
        OrganizationId = organizationId.ToString(),
        OrganizationKind = "certification-body",
        Roles = ["certification-reviewer"],
        Audiences = [Callers.RegistryAudience],
    };

    private static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting until {what}");
            await Task.Delay(100);
        }
    }
}
