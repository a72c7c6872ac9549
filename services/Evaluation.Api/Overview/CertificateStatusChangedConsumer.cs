using CarbonPlatform.Contracts.Certification;
using MassTransit;

namespace CarbonPlatform.Evaluation.Overview;

/// <summary>
/// A suspended, reinstated or revoked certificate shows in its park-year's overview row. The change is kept per
/// application; the park-year comes from the application's hold facts, and a change heard before them is read when they arrive.
/// </summary>
public sealed class CertificateStatusChangedConsumer(EvaluationDb db) : InboxConsumer<CertificateStatusChanged, EvaluationDb>(db)
{
    protected override async Task HandleAsync(ConsumeContext<CertificateStatusChanged> context)
    {
        var m = context.Message;
        var ct = context.CancellationToken;
        var changedAt = m.ChangedAt ?? context.SentTime ?? DateTime.UtcNow;
        var standing = await Db.CertificateStandings.FirstOrDefaultAsync(s => s.ApplicationId == m.ApplicationId, ct);
        if (standing is null)
            Db.CertificateStandings.Add(new CertificateStanding { ApplicationId = m.ApplicationId, Number = m.Number, Status = m.Status, ChangedAt = changedAt, Changes = 1 });
        else if (CertificateStandings.Supersedes(standing.Status, standing.ChangedAt, m.Status, changedAt))
            (standing.Status, standing.ChangedAt, standing.Changes) = (m.Status, changedAt, standing.Changes + 1);
        else return;
        await Db.SaveChangesAsync(ct);

        var years = await Db.Set<HoldFact>().Where(f => f.ApplicationId == m.ApplicationId).Select(f => new { f.ParkId, f.Year }).Distinct().ToListAsync(ct);
        foreach (var year in years) await ParkResultCertification.RefreshAsync(Db, year.ParkId, year.Year, ct);
    }
}

public static class CertificateStandings
{
    /// <summary>Whether a change replaces the standing kept: a revocation is final; otherwise the later change wins.</summary>
    public static bool Supersedes(string keptStatus, DateTime keptAt, string status, DateTime at) =>
        keptStatus != "revoked" && (status == "revoked" || at > keptAt);
}
