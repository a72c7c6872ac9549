extern alias registry;
using CarbonPlatform.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using registry::CarbonPlatform.ParkRegistry.Data;
using CarbonPlatform.ServiceDefaults.Paging;
using Xunit;

namespace CarbonPlatform.Migrations.Tests;

/// <summary>Keyset paging compares ids and names in the database: every provider must translate it, not evaluate it here.</summary>
public sealed class KeysetTranslationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    [InlineData(DatabaseProvider.Postgres)]
    public void A_keyset_on_a_name_and_an_id_is_a_comparison_in_sql(DatabaseProvider provider)
    {
        using var db = (RegistryDb)ServiceDatabases.Create("park-registry", provider);

        var sql = db.Parks.After(p => p.Name, p => p.Id, "Beta", Guid.NewGuid()).OrderByKey(p => p.Name, p => p.Id).Take(3).ToQueryString();

        Assert.Matches(@"""?\[?Id\]?""? > ", sql);
        Assert.Matches(@"""?\[?Name\]?""? > ", sql);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    [InlineData(DatabaseProvider.Postgres)]
    public void A_newest_first_keyset_on_a_time_and_an_id_is_a_comparison_in_sql(DatabaseProvider provider)
    {
        using var db = (RegistryDb)ServiceDatabases.Create("park-registry", provider);

        var sql = db.Parks.After(p => p.CreatedAt, p => p.Id, DateTime.UtcNow, Guid.NewGuid(), descending: true)
            .OrderByKey(p => p.CreatedAt, p => p.Id, descending: true).Take(3).ToQueryString();

        Assert.Matches(@"""?\[?CreatedAt\]?""? < ", sql);
        Assert.Matches(@"""?\[?Id\]?""? < ", sql);
    }
}
