using CarbonPlatform.ActivityData.Facts;
using CarbonPlatform.ActivityData.Ledger;

namespace CarbonPlatform.ActivityData.Tests.Facts;

public sealed class ManagementFactsTests
{
    private static readonly ChainReport Intact = new(true, 1, "h", null);
    private static readonly Guid Plant = Guid.NewGuid(), Office = Guid.NewGuid();

    private static CurrentRecord Rec(string channel, bool evidenced = false, int? month = null, Guid? source = null) =>
        new(Guid.NewGuid().ToString(), channel, evidenced, month, source);

    private static ManagementFactsResult Compute(IReadOnlyList<CurrentRecord> records, IReadOnlyList<SourceFact>? sources = null,
        IReadOnlyList<EnterpriseFact>? enterprises = null, ChainReport? chain = null) =>
        ManagementFacts.Compute(true, records, sources ?? [], enterprises ?? [], chain ?? Intact);

    [Fact]
    public void Api_and_meter_records_are_automated_import_and_manual_are_not()
    {
        var f = Compute([Rec("api"), Rec("meter"), Rec("import"), Rec("manual"), Rec("api", evidenced: true)]);

        Assert.Equal((5, 3, 1), (f.Records, f.AutomatedRecords, f.EvidencedRecords));
        Assert.Equal(0.6, f.AutomatedRecordShare);
        Assert.Equal(0.2, f.EvidencedRecordShare);
    }

    [Fact]
    public void Shares_are_unrounded()
    {
        var f = Compute([Rec("api"), Rec("import"), Rec("import")]);

        Assert.Equal(1.0 / 3, f.AutomatedRecordShare);
    }

    [Fact]
    public void A_share_with_nothing_to_count_is_absent_not_zero_or_one()
    {
        var f = Compute([]);

        Assert.Equal((null, null, null, null), (f.AutomatedRecordShare, f.EvidencedRecordShare, f.CompleteSourceShare, f.KeyEnterpriseMonitoringShare));
        Assert.True(f.KeepsLedger);
    }

    [Fact]
    public void A_source_is_complete_only_with_a_record_in_each_of_the_twelve_months()
    {
        var full = Guid.NewGuid(); var gap = Guid.NewGuid(); var yearly = Guid.NewGuid();
        var records = Enumerable.Range(1, 12).Select(m => Rec("api", month: m, source: full))
            .Concat(Enumerable.Range(1, 11).Select(m => Rec("api", month: m, source: gap)))
            .Append(Rec("api", month: null, source: gap)).Append(Rec("api", month: null, source: yearly)).ToList();

        var f = Compute(records, [new(full, Plant, false), new(gap, Plant, false), new(yearly, Plant, false), new(Guid.NewGuid(), Plant, false)]);

        Assert.Equal((4, 1), (f.Sources, f.CompleteSources));
        Assert.Equal(0.25, f.CompleteSourceShare);
    }

    [Fact]
    public void A_key_enterprise_is_monitored_when_a_metered_source_of_it_has_a_meter_record()
    {
        var plantMeter = Guid.NewGuid(); var officeUnmetered = Guid.NewGuid(); var third = Guid.NewGuid(); var thirdMeter = Guid.NewGuid();
        var sources = new SourceFact[] { new(plantMeter, Plant, true), new(officeUnmetered, Office, false), new(thirdMeter, third, true) };
        var enterprises = new EnterpriseFact[] { new(Plant, true), new(Office, true), new(third, true), new(Guid.NewGuid(), false) };

        var f = Compute([Rec("meter", source: plantMeter), Rec("meter", source: officeUnmetered), Rec("api", source: thirdMeter)], sources, enterprises);

        Assert.Equal((3, 1), (f.KeyEnterprises, f.MonitoredKeyEnterprises));
        Assert.Equal(1.0 / 3, f.KeyEnterpriseMonitoringShare);
    }

    [Fact]
    public void Without_key_enterprises_or_sources_their_shares_are_absent()
    {
        var f = Compute([Rec("meter")], [], [new EnterpriseFact(Plant, false)]);

        Assert.Null(f.KeyEnterpriseMonitoringShare);
        Assert.Null(f.CompleteSourceShare);
        Assert.Equal(1.0, f.AutomatedRecordShare);
    }

    [Fact]
    public void A_broken_chain_is_not_intact_and_names_its_first_problem()
    {
        var broken = new ChainReport(false, 1, "h", new ChainBreak(2, 2, "e-2", "content", "entry 2 was changed", "a", "b"));

        var f = Compute([Rec("api")], chain: broken);

        Assert.False(f.LedgerIntact);
        Assert.Equal("entry 2 was changed", f.LedgerProblem);
    }

    [Fact]
    public void Without_ledger_entries_nothing_is_computed()
    {
        var f = ManagementFacts.Compute(false, [], [new SourceFact(Guid.NewGuid(), Plant, true)], [new EnterpriseFact(Plant, true)], Intact);

        Assert.Equal(ManagementFactsResult.NoLedger, f);
    }
}
