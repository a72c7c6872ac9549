using CarbonPlatform.BuildingBlocks.CertificationHolds;
using CarbonPlatform.Evaluation.Data;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Evaluation.Overview;

/// <summary>
/// Keeps each overview row's certification status from the park-year's hold facts. Facts are only ever inserted, so the
/// status derived from more facts is the newer one: a write lands only on rows derived from as many facts or fewer.
/// </summary>
public static class ParkResultCertification
{
    public const string None = "none";
    public static readonly string[] Statuses = ["none", "pending", "certified", "reopened"];

    public static async Task RefreshAsync(EvaluationDb db, Guid parkId, int year, CancellationToken ct)
    {
        var rows = db.ParkResults.Where(r => r.ParkId == parkId && r.Year == year);
        // Lock the park-year's rows before reading the facts: a concurrent refresh (another application's fact, in its
        // own transaction) waits here until this one commits, then reads this one's fact too, so the last writer saw all.
        if (await rows.ExecuteUpdateAsync(s => s.SetProperty(r => r.CertificationFacts, r => r.CertificationFacts), ct) == 0) return;
        var facts = await db.Set<HoldFact>().AsNoTracking().Where(f => f.ParkId == parkId && f.Year == year).ToListAsync(ct);
        var status = Name(ParkResultsQuery.CertificationOf(facts));
        await rows.Where(r => r.CertificationFacts <= facts.Count)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Certification, status).SetProperty(r => r.CertificationFacts, facts.Count), ct);
    }

    public static string Name(Evaluations.ParkCertification status) => status.ToString().ToLowerInvariant();

    public static Evaluations.ParkCertification Parse(string status) =>
        Enum.TryParse<Evaluations.ParkCertification>(status, ignoreCase: true, out var parsed) ? parsed : Evaluations.ParkCertification.None;
}
