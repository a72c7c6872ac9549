namespace CarbonPlatform.ActivityData.Ledger;

public static class LedgerView
{
    public static LedgerEntryView View(this LedgerEntry e, long? supersededBy) => new(e.Id, e.Sequence, e.Year, e.Month, e.LineId,
        ContractEnums.Parse<LedgerChannel>(e.Channel), e.RecordedBy, DateTime.SpecifyKind(e.RecordedAt, DateTimeKind.Utc), e.BatchId, ParseValues(e.Values),
        e.EvidenceId, Canonical(e.SourceId), e.Supersedes, e.Reason, supersededBy is not null, supersededBy, e.PreviousHash, e.Hash, e.ApprovedBy);

    /// <summary>A source id as every GUID is written (lower-case), whatever case the line named it in.</summary>
    private static string? Canonical(string? id) => Guid.TryParse(id, out var guid) ? guid.ToString() : id;

    /// <summary>The stored values; text that is no longer JSON (a tampered row) is shown as it is.</summary>
    private static object ParseValues(string values)
    {
        try { return JsonSerializer.Deserialize<JsonElement>(values); }
        catch (JsonException) { return values; }
    }
}
