using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CarbonPlatform.ActivityData.Ledger;

/// <summary>
/// SHA-256 over an entry's canonical content, which includes the previous entry's hash: changing, removing or
/// reordering any entry breaks every hash after it. Pure: no I/O.
/// </summary>
public static class LedgerHash
{
    /// <summary>The "previous hash" of a park's first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>
    /// A time as every provider stores it: PostgreSQL keeps microseconds, so a finer time read back would no longer
    /// match its hash.
    /// </summary>
    public static DateTime AsStored(DateTime time) => new(time.Ticks - time.Ticks % 10, time.Kind);

    public static string Compute(LedgerEntry e) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalContent(e))));

    /// <summary>
    /// Every field of the entry except its own hash and storage id, as JSON with keys in ordinal order. Times are UTC
    /// written with 100 ns precision; new entries are hashed at whole microseconds (<see cref="AsStored"/>).
    /// </summary>
    public static string CanonicalContent(LedgerEntry e)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            WriteOptional(w, "approvedBy", e.ApprovedBy);
            w.WriteString("batchId", e.BatchId.ToString("D"));
            w.WriteString("channel", e.Channel);
            WriteOptional(w, "evidenceId", e.EvidenceId);
            WriteOptional(w, "kind", e.Kind);
            w.WriteString("lineId", e.LineId);
            if (e.Month is { } month) w.WriteNumber("month", month);
            w.WriteString("parkId", e.ParkId.ToString("D"));
            w.WriteString("previousHash", e.PreviousHash);
            WriteOptional(w, "readings", e.Readings);
            WriteOptional(w, "reason", e.Reason);
            w.WriteString("recordedAt", e.RecordedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
            w.WriteString("recordedBy", e.RecordedBy);
            w.WriteNumber("sequence", e.Sequence);
            WriteOptional(w, "sourceId", e.SourceId);
            if (e.Supersedes is { } supersedes) w.WriteNumber("supersedes", supersedes);
            w.WriteString("values", e.Values);
            w.WriteNumber("year", e.Year);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }
}
