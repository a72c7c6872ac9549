using CarbonPlatform.ActivityData.Facts;
using CarbonPlatform.Contracts.Grpc.ActivityData;
using Grpc.Core;

namespace CarbonPlatform.ActivityData.Grpc;

/// <summary>
/// Internal: evaluation asks what the park's own ledger shows (P2, P3, L1, L3, L4). A line's current record is its
/// latest ledger entry of the year (a corrected line counts once, as corrected); the computation is <see cref="ManagementFacts"/>.
/// </summary>
public sealed class LedgerFactsService(ActivityDb db) : LedgerFacts.LedgerFactsBase
{
    public override async Task<ManagementFactsReply> GetManagementFacts(ManagementFactsRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.ParkId, out var parkId)) throw new RpcException(new Status(StatusCode.InvalidArgument, "park_id is not a GUID"));
        var ct = context.CancellationToken;
        var entries = await db.Ledger.AsNoTracking().Where(e => e.ParkId == parkId && e.Year == request.Year && e.Kind == null)
            .Select(e => new { e.Sequence, e.LineId, e.Channel, e.EvidenceId, e.Month, e.SourceId }).ToListAsync(ct);
        var records = entries.GroupBy(e => e.LineId, StringComparer.Ordinal).Select(g => g.MaxBy(e => e.Sequence)!)
            .Select(e => new CurrentRecord(e.LineId, e.Channel, e.EvidenceId is not null, e.Month, Guid.TryParse(e.SourceId, out var s) ? s : null))
            .ToList();
        var sources = await db.Sources.AsNoTracking().Where(s => s.ParkId == parkId)
            .Select(s => new SourceFact(s.Id, s.EnterpriseId, s.Metered)).ToListAsync(ct);
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => e.ParkId == parkId)
            .Select(e => new EnterpriseFact(e.Id, e.KeyEnergyUser)).ToListAsync(ct);
        var chain = entries.Count > 0 ? await ChainWalk.VerifyAsync(db, parkId, ct) : new ChainReport(false, 0, null, null);
        return ToReply(ManagementFacts.Compute(entries.Count > 0, records, sources, enterprises, chain));
    }

    private static ManagementFactsReply ToReply(ManagementFactsResult f)
    {
        var reply = new ManagementFactsReply
        {
            KeepsLedger = f.KeepsLedger, LedgerIntact = f.LedgerIntact, LedgerProblem = f.LedgerProblem ?? "",
            KeyEnterprises = f.KeyEnterprises, MonitoredKeyEnterprises = f.MonitoredKeyEnterprises, Records = f.Records,
            AutomatedRecords = f.AutomatedRecords, EvidencedRecords = f.EvidencedRecords, Sources = f.Sources, CompleteSources = f.CompleteSources,
        };
        if (f.KeyEnterpriseMonitoringShare is { } p2) reply.KeyEnterpriseMonitoringShare = p2;
        if (f.AutomatedRecordShare is { } p3) reply.AutomatedRecordShare = p3;
        if (f.CompleteSourceShare is { } l1) reply.CompleteSourceShare = l1;
        if (f.EvidencedRecordShare is { } l3) reply.EvidencedRecordShare = l3;
        return reply;
    }
}
