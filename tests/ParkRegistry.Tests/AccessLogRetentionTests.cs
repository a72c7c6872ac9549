using CarbonPlatform.Testing;
using Microsoft.Extensions.DependencyInjection;
using CarbonPlatform.ParkRegistry.AccessLog;
using CarbonPlatform.ParkRegistry.Data;
using CarbonPlatform.ParkRegistry.Tests.Support;

namespace CarbonPlatform.ParkRegistry.Tests;

[Collection(nameof(PlatformCollection))]
public sealed class AccessLogRetentionTests(Platform platform)
{
    private static ParkAccess Read(Guid park, string subject, DateTime at) => new()
    {
        ParkId = park, Service = "accounting", Route = "/api/v1/parks/{parkId:guid}/inventories/{year:int}", Subject = subject,
        OrganizationKind = "regional-authority", ReadAt = at,
    };

    [Fact]
    public async Task Entries_older_than_the_retention_years_are_purged_and_younger_ones_stay()
    {
        var admin = platform.RegistryAs(Callers.PlatformAdmin());
        var operatorId = await admin.RegisterOrganizationAsync("park-operator");
        var park = await admin.RegisterParkAsync(operatorId, "320571");
        using (var scope = platform.Registry.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegistryDb>();
            db.ParkAccesses.AddRange(Read(park, "four-years-ago", DateTime.UtcNow.AddYears(-4)), Read(park, "two-years-ago", DateTime.UtcNow.AddYears(-2)));
            await db.SaveChangesAsync();
            Assert.True(await AccessLogRetention.PurgeAsync(db, DateTime.UtcNow.AddYears(-3), CancellationToken.None) >= 1);
        }

        var response = await platform.RegistryAs(Callers.Operator(operatorId)).GetAsync($"/api/v1/parks/{park}/access-log");
        var subjects = (await response.JsonAsync()).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("subject").GetString()).ToList();
        Assert.Equal(["two-years-ago"], subjects);
    }
}
