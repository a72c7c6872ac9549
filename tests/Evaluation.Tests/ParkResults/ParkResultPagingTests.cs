using CarbonPlatform.BuildingBlocks.Tenancy;
using CarbonPlatform.Testing;
using CarbonPlatform.Evaluation.Data;
using CarbonPlatform.Evaluation.Overview;
using Microsoft.EntityFrameworkCore;
using static CarbonPlatform.Evaluation.Tests.ParkResults.OverviewWorld;

namespace CarbonPlatform.Evaluation.Tests.ParkResults;

/// <summary>The overview in pages (#18): every row once, in the list's order, whatever the sort; values missing come last.</summary>
public sealed class ParkResultPagingTests
{
    public static TheoryData<string, bool> Sorts() => new()
    {
        { "grade", true }, { "grade", false }, { "name", false }, { "name", true }, { "intensity", false }, { "intensity", true }, { "ratio12", true },
    };

    [Theory]
    [MemberData(nameof(Sorts))]
    public async Task Paging_through_the_overview_reads_every_row_once_in_order(string sort, bool descending)
    {
        await using var world = await ConsumerWorld<EvaluationDb>.StartAsync(_ => { });
        var grades = new[] { "AAA", "AA", "A", "B", "C", null };
        var t = DateTime.UtcNow;
        // Ties on purpose: several parks share a grade, a name or an intensity, and some have no intensity at all.
        var evaluations = Enumerable.Range(0, 37).Select(i => Evaluated(Guid.NewGuid(), "3205" + (i % 3).ToString("00"), 2024, grades[i % 6], t,
            intensity: i % 5 == 0 ? null : i % 4 * 0.5, name: "园区 " + (i % 7))).ToList();
        await world.WithDbAsync(db => { db.Evaluations.AddRange(evaluations); return db.SaveChangesAsync(); });
        await world.WithDbAsync(RebuildAsync);

        var whole = await world.WithDbAsync(db => db.ParkResults.Sorted(sort, descending).Select(r => r.EvaluationId).ToListAsync());
        var paged = new List<ParkResultRow>();
        ParkResultKey? after = null;
        for (var pages = 0; pages < 20; pages++)
        {
            var page = await world.WithDbAsync(db =>
            {
                var rows = db.ParkResults.AsNoTracking();
                if (after is not null) rows = rows.After(after);
                return rows.Sorted(sort, descending).Take(5).ToListAsync();
            });
            paged.AddRange(page);
            if (page.Count < 5) break;
            after = ParkResultOrder.KeyOf(page[^1], sort, descending);
        }

        Assert.Equal(37, paged.Count);
        Assert.Equal(whole, paged.Select(r => r.EvaluationId));
        if (sort == "intensity")
        {
            var values = paged.Select(r => r.Intensity).ToList();
            Assert.All(values.SkipWhile(v => v is not null), v => Assert.Null(v)); // missing last, in either direction
            var present = values.TakeWhile(v => v is not null).ToList();
            Assert.Equal(descending ? present.OrderDescending() : present.Order(), present);
        }
        if (sort == "grade")
        {
            var ranks = paged.Select(r => r.GradeRank).ToList();
            Assert.Equal(descending ? ranks.OrderDescending() : ranks.Order(), ranks);
            Assert.Equal(descending ? "AAA" : null, paged[0].Grade);
        }
    }
}
