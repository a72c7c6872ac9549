using CarbonPlatform.ActivityData.Ledger;

namespace CarbonPlatform.ActivityData.Tests.Ledger;

/// <summary>The emission source joined the canonical content later: entries without one must hash exactly as before.</summary>
public sealed class LedgerHashSourceTests
{
    [Fact]
    public void An_entry_without_a_source_has_no_sourceId_in_its_canonical_content()
    {
        var content = LedgerHash.CanonicalContent(LedgerHashTests.Entry());

        Assert.DoesNotContain("sourceId", content);
        Assert.Contains("\"sequence\":1,\"values\":", content);
    }

    [Fact]
    public void A_source_is_hashed_in_ordinal_key_order_and_changes_the_hash()
    {
        var plain = LedgerHashTests.Entry();
        var sourced = LedgerHashTests.Entry();
        sourced.SourceId = "6f1c1d0e-0000-4000-8000-000000000009";
        sourced.Supersedes = 3;

        Assert.Contains("\"sequence\":1,\"sourceId\":\"6f1c1d0e-0000-4000-8000-000000000009\",\"supersedes\":3,", LedgerHash.CanonicalContent(sourced));
        Assert.NotEqual(LedgerHash.Compute(plain), LedgerHash.Compute(sourced));
    }
}
