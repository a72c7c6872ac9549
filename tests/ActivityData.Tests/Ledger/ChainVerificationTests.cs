using CarbonPlatform.ActivityData.Data;
using CarbonPlatform.ActivityData.Ledger;

namespace CarbonPlatform.ActivityData.Tests.Ledger;

public sealed class ChainVerificationTests
{
    private static List<LedgerEntry> Chain(int count)
    {
        var chain = new List<LedgerEntry>();
        var previous = LedgerHash.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var e = LedgerHashTests.Entry(i);
            e.PreviousHash = previous;
            e.Hash = previous = LedgerHash.Compute(e);
            chain.Add(e);
        }
        return chain;
    }

    private static ChainReport Walk(IEnumerable<LedgerEntry> entries)
    {
        var walk = new ChainVerification();
        foreach (var e in entries) if (!walk.Check(e)) break;
        return walk.Report();
    }

    [Fact]
    public void A_well_formed_chain_is_intact_and_reports_its_head()
    {
        var chain = Chain(4);

        var report = Walk(chain);

        Assert.True(report.Intact);
        Assert.Equal(4, report.EntriesChecked);
        Assert.Equal(chain[^1].Hash, report.HeadHash);
    }

    [Fact]
    public void A_changed_value_is_reported_at_its_entry_as_content()
    {
        var chain = Chain(4);
        chain[2].Values = chain[2].Values.Replace("100", "1");

        var report = Walk(chain);

        Assert.False(report.Intact);
        Assert.Equal((3L, "content"), (report.FirstBreak!.Sequence, report.FirstBreak.Differs));
    }

    [Fact]
    public void A_recomputed_hash_still_breaks_the_link_to_the_next_entry()
    {
        var chain = Chain(4);
        chain[1].Values = chain[1].Values.Replace("100", "1");
        chain[1].Hash = LedgerHash.Compute(chain[1]);

        var report = Walk(chain);

        Assert.Equal((3L, "previousHash"), (report.FirstBreak!.Sequence, report.FirstBreak.Differs));
    }

    [Fact]
    public void A_missing_entry_is_reported_as_a_sequence_gap()
    {
        var chain = Chain(4);
        chain.RemoveAt(1);

        Assert.Equal((3L, "sequence"), (Walk(chain).FirstBreak!.Sequence, Walk(chain).FirstBreak!.Differs));
    }

    [Fact]
    public void Current_values_must_be_those_of_each_lines_latest_entry()
    {
        var chain = Chain(2);
        var walk = new ChainVerification();
        chain.ForEach(e => walk.Check(e));

        Assert.True(walk.CheckCurrent(1, 2024, "line-1", chain[0].Values));
        Assert.False(walk.CheckCurrent(2, 2024, "line-2", chain[1].Values.Replace("100", "99")));
        Assert.Equal((2L, "current-value"), (walk.Report().FirstBreak!.Sequence, walk.Report().FirstBreak!.Differs));
    }

    [Fact]
    public void A_line_of_the_ledger_that_is_no_longer_recorded_breaks_the_verification()
    {
        var chain = Chain(2);
        var walk = new ChainVerification();
        chain.ForEach(e => walk.Check(e));
        walk.CheckCurrent(1, 2024, "line-1", chain[0].Values);

        Assert.False(walk.CheckNoneMissing());
        Assert.Equal("line-2", walk.Report().FirstBreak!.LineId);
    }
}
