using System.Text.Json;
using CarbonPlatform.ActivityData.Data;

namespace CarbonPlatform.ActivityData.Ledger;

public static class LedgerView
{
    public static object View(this LedgerEntry e, long? supersededBy) => new
    {
        id = e.Id, sequence = e.Sequence, year = e.Year, month = e.Month, lineId = e.LineId, channel = e.Channel,
        recordedBy = e.RecordedBy, recordedAt = DateTime.SpecifyKind(e.RecordedAt, DateTimeKind.Utc), batchId = e.BatchId,
        values = ParseValues(e.Values), evidenceId = e.EvidenceId, sourceId = e.SourceId, supersedes = e.Supersedes, reason = e.Reason,
        superseded = supersededBy is not null, supersededBy, previousHash = e.PreviousHash, hash = e.Hash,
    };

    /// <summary>The stored values; text that is no longer JSON (a tampered row) is shown as it is.</summary>
    private static object ParseValues(string values)
    {
        try { return JsonSerializer.Deserialize<JsonElement>(values); }
        catch (JsonException) { return values; }
    }
}
