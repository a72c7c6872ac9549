extern alias registry;
using CarbonPlatform.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using registry::CarbonPlatform.ParkRegistry.Data;
using registry::CarbonPlatform.ParkRegistry.Parks;
using Xunit;

namespace CarbonPlatform.Migrations.Tests;

/// <summary>Keyset paging compares ids and names in the database: every provider must translate it, not evaluate it here.</summary>
public sealed class KeysetTranslationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    [InlineData(DatabaseProvider.Postgres)]
    public void The_park_list_keyset_is_a_comparison_in_sql(DatabaseProvider provider)
    {
        using var db = (RegistryDb)ServiceDatabases.Create("park-registry", provider);
        var id = Guid.NewGuid();

        var sql = db.Parks.After("Beta", id).OrderBy(p => p.Name).ThenBy(p => p.Id).Take(3).ToQueryString();

        Assert.Matches(@"""?\[?Id\]?""? > ", sql);
        Assert.Matches(@"""?\[?Name\]?""? > ", sql);
    }
}
