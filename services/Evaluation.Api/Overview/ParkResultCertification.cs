namespace CarbonPlatform.Evaluation.Overview;

/// <summary>
/// Keeps each overview row's certification status from the park-year's hold facts and its certificates' standings. Facts
/// are only ever inserted and standings only count up their changes, so the status derived from more of both is the
/// newer one: a write lands only on rows derived from as many or fewer.
/// </summary>
public static class ParkResultCertification
{
    public const string None = "none";
    public static readonly string[] Statuses = ["none", "pending", "certified", "reopened", "suspended", "revoked"];

    public static async Task RefreshAsync(EvaluationDb db, Guid parkId, int year, CancellationToken ct)
    {
        var rows = db.ParkResults.Where(r => r.ParkId == parkId && r.Year == year);
        // Lock the park-year's rows before reading the facts: a concurrent refresh (another application's fact, in its
        // own transaction) waits here until this one commits, then reads this one's fact too, so the last writer saw all.
        if (await rows.ExecuteUpdateAsync(s => s.SetProperty(r => r.CertificationFacts, r => r.CertificationFacts), ct) == 0) return;
        var facts = await db.Set<HoldFact>().AsNoTracking().Where(f => f.ParkId == parkId && f.Year == year).ToListAsync(ct);
        var applications = facts.Select(f => f.ApplicationId).Distinct().ToList();
        var standings = await db.CertificateStandings.AsNoTracking().Where(s => applications.Contains(s.ApplicationId)).ToListAsync(ct);
        var status = Name(ParkResultsQuery.CertificationOf(facts, standings.ToDictionary(s => s.ApplicationId, s => s.Status)));
        var derivedFrom = facts.Count + standings.Sum(s => s.Changes);
        await rows.Where(r => r.CertificationFacts <= derivedFrom)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Certification, status).SetProperty(r => r.CertificationFacts, derivedFrom), ct);
    }

    public static string Name(Evaluations.ParkCertification status) => status.ToString().ToLowerInvariant();

    public static Evaluations.ParkCertification Parse(string status) =>
        Enum.TryParse<Evaluations.ParkCertification>(status, ignoreCase: true, out var parsed) ? parsed : Evaluations.ParkCertification.None;
}
