using CarbonPlatform.ActivityData.Data;
using CarbonPlatform.ActivityData.Ledger;

namespace CarbonPlatform.ActivityData.Tests.Ledger;

public sealed class LedgerHashTests
{
    internal static LedgerEntry Entry(long sequence = 1, string values = """{"kind":"purchased-electricity","quantity":100,"unit":"MWh"}""") => new()
    {
        Id = sequence, ParkId = Guid.Parse("6f1c1d0e-0000-4000-8000-000000000001"), Sequence = sequence, Year = 2024, Month = 3,
        LineId = $"line-{sequence}", Channel = "api", RecordedBy = "someone", RecordedAt = new DateTime(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc),
        BatchId = Guid.Parse("6f1c1d0e-0000-4000-8000-000000000002"), Values = values, PreviousHash = LedgerHash.Genesis, Hash = "",
    };

    [Fact]
    public void The_same_content_always_gives_the_same_sha256_hex_hash()
    {
        var hash = LedgerHash.Compute(Entry());

        Assert.Equal(hash, LedgerHash.Compute(Entry()));
        Assert.Matches("^[0-9a-f]{64}$", hash);
    }

    [Fact]
    public void Any_change_of_content_or_of_the_previous_hash_changes_the_hash()
    {
        var original = LedgerHash.Compute(Entry());
        var variants = new Func<LedgerEntry, LedgerEntry>[]
        {
            e => { e.Values = e.Values.Replace("100", "10"); return e; },
            e => { e.Month = 4; return e; },
            e => { e.Month = null; return e; },
            e => { e.RecordedBy = "someone else"; return e; },
            e => { e.RecordedAt = e.RecordedAt.AddTicks(1); return e; },
            e => { e.Channel = "import"; return e; },
            e => { e.Reason = "typo"; return e; },
            e => { e.Supersedes = 1; return e; },
            e => { e.EvidenceId = "ev-1"; return e; },
            e => { e.Sequence = 2; return e; },
            e => { e.PreviousHash = new string('1', 64); return e; },
        };
        foreach (var change in variants) Assert.NotEqual(original, LedgerHash.Compute(change(Entry())));
    }

    [Fact]
    public void Line_values_are_canonical_sorted_keys_without_absent_fields()
    {
        var record = new ActivityRecord { LineId = "f-1", Kind = "fuel-combustion", Quantity = 12.5, Unit = "t", Fuel = "raw-coal", Ncv = null };

        Assert.Equal("""{"fuel":"raw-coal","kind":"fuel-combustion","quantity":12.5,"unit":"t"}""", LineValues.Canonical(record));
    }
}
