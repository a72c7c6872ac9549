extern alias registry;
extern alias evaluation;
using CarbonPlatform.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using registry::CarbonPlatform.ParkRegistry.Data;
using CarbonPlatform.ServiceDefaults.Paging;
using evaluation::CarbonPlatform.Evaluation.Data;
using evaluation::CarbonPlatform.Evaluation.Overview;
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

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "intensity")]
    [InlineData(DatabaseProvider.SqlServer, "intensity")]
    [InlineData(DatabaseProvider.Postgres, "intensity")]
    [InlineData(DatabaseProvider.SqlServer, "grade")]
    [InlineData(DatabaseProvider.Postgres, "name")]
    public void The_overview_keyset_and_filters_are_comparisons_in_sql(DatabaseProvider provider, string sort)
    {
        using var db = (EvaluationDb)ServiceDatabases.Create("evaluation", provider);
        var after = new ParkResultKey(sort, true, 0.5, "Beta", Guid.NewGuid());
        var filter = new ParkResultFilter(2025, "cers-2025-provisional", null, null, "stale", "32", "苏州");

        var sql = db.ParkResults.Filtered(filter).After(after).Sorted(sort, true).Take(3).ToQueryString();

        Assert.Matches(@"""?\[?EvaluationId\]?""? [<>] ", sql); // the id follows the key's direction for grade and name
        Assert.Matches(@"""?\[?NewestInventoryVersion\]?""? > ", sql);
        Assert.Contains("ORDER BY", sql);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    [InlineData(DatabaseProvider.Postgres)]
    public void A_page_of_parks_is_one_condition_on_the_park_id_in_sql(DatabaseProvider provider)
    {
        using var db = (EvaluationDb)ServiceDatabases.Create("evaluation", provider);
        var filter = new ParkResultFilter(2025, null, null, null, null, null, null, ParkIds: [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()]);

        var sql = db.ParkResults.Filtered(filter).Sorted("name", false).Take(100).ToQueryString();

        // One IN (or = ANY) over parameters in the same statement, not a statement per park.
        Assert.Matches(@"""?\[?ParkId\]?""? (IN|= ANY)", sql);
        Assert.Contains("ORDER BY", sql);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "3205", "PrefectureCode")]
    [InlineData(DatabaseProvider.SqlServer, "32", "ProvinceCode")]
    [InlineData(DatabaseProvider.Postgres, "32", "ProvinceCode")]
    [InlineData(DatabaseProvider.Postgres, "320571", "ParkRegionCode")]
    public void A_region_s_parks_are_an_equality_on_an_indexed_region_column_not_a_like(DatabaseProvider provider, string prefix, string column)
    {
        using var db = (EvaluationDb)ServiceDatabases.Create("evaluation", provider);
        var filter = new ParkResultFilter(2025, null, null, null, null, prefix, null, "certified");

        var sql = db.ParkResults.Filtered(filter).Sorted("grade", true).Take(3).ToQueryString();
        var indexed = db.Model.FindEntityType(typeof(ParkResultRow))!.GetIndexes().Select(i => string.Join(",", i.Properties.Select(p => p.Name)));

        Assert.Matches($@"""?\[?{column}\]?""? = ", sql);
        Assert.DoesNotContain("LIKE", sql, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("substr", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Year,ProvinceCode,GradeRank,EvaluationId", indexed);
        Assert.Contains("Year,PrefectureCode,GradeRank,EvaluationId", indexed);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    [InlineData(DatabaseProvider.Postgres)]
    public void The_distribution_is_grouped_in_sql(DatabaseProvider provider)
    {
        using var db = (EvaluationDb)ServiceDatabases.Create("evaluation", provider);
        var sql = DistributionEndpoint.Grouped(db.ParkResults.Where(r => r.Year == 2025), 4).ToQueryString();

        Assert.Contains("GROUP BY", sql);
        Assert.Contains("PrefectureCode", sql);
    }
}
