namespace CarbonPlatform.ActivityData.Approval;

/// <summary>
/// Ledger entries that record a decision rather than a line (their <see cref="LedgerEntry.Kind"/> is set, their line id
/// empty): readers of lines skip them, the chain walk hashes them like any other.
/// </summary>
public static class EventEntries
{
    public const string ApprovalSetting = "approval-setting";
    public const string BatchReturned = "batch-returned";

    public static LedgerEntry SettingChanged(Guid parkId, bool approvalRequired, string channel, string by, DateTime at) =>
        Entry(parkId, at.Year, Guid.Empty, ApprovalSetting, channel, by, at, Canonical(w => w.WriteBoolean("approvalRequired", approvalRequired)), null);

    public static LedgerEntry Returned(Submission s, string channel, string by, string reason, DateTime at) =>
        Entry(s.ParkId, s.Year, s.Id, BatchReturned, channel, by, at, Canonical(w =>
        {
            w.WriteNumber("lineCount", s.LineCount);
            w.WriteString("submittedBy", s.SubmittedBy);
        }), reason);

    private static LedgerEntry Entry(Guid parkId, int year, Guid batchId, string kind, string channel, string by, DateTime at, string values,
        string? reason) => new()
    {
        ParkId = parkId, Year = year, LineId = "", Channel = channel, RecordedBy = by, RecordedAt = at, BatchId = batchId, Values = values,
        Reason = reason, Kind = kind, PreviousHash = "", Hash = "",
    };

    /// <summary>Keys written in ordinal order, as every ledger value is.</summary>
    private static string Canonical(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            write(w);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
