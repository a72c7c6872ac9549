using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CarbonPlatform.ActivityData.Tests.Support;
using CarbonPlatform.Contracts.Grpc.ActivityData;
using static CarbonPlatform.ActivityData.Tests.Support.Boundary;

namespace CarbonPlatform.ActivityData.Tests.Facts;

[Collection(nameof(ServiceCollection))]
public sealed class LedgerFactsServiceTests(ActivityDataService service)
{
    private Task<ManagementFactsReply> FactsAsync(TestPark park, int year) =>
        new LedgerFacts.LedgerFactsClient(service.GrpcChannel()).GetManagementFactsAsync(new ManagementFactsRequest { ParkId = park.Id.ToString(), Year = year })
            .ResponseAsync;

    private static async Task<string> EvidenceAsync(TestPark park)
    {
        var file = new ByteArrayContent("%PDF invoice"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var created = await Api.OkJsonAsync(await park.Admin.PostAsync($"/api/v1/parks/{park.Id}/evidence",
            new MultipartFormDataContent { { file, "file", "invoice.pdf" } }), HttpStatusCode.Created);
        return created.GetProperty("id").GetString()!;
    }

    /// <summary>12 monthly meter lines of a metered source of a key enterprise; 2 api lines (one evidenced, one corrected); 2 imported.</summary>
    private static async Task<TestPark> RecordedParkAsync(ActivityDataService service)
    {
        var park = new TestPark(service);
        var plant = await park.EnterpriseAsync("plant", keyEnergyUser: true);
        var office = await park.EnterpriseAsync("office", keyEnergyUser: true);
        await park.EnterpriseAsync("shop");
        var meter = await park.SourceAsync(plant, "main meter", metered: true);
        var heating = await park.SourceAsync(office, "heating");
        var evidence = await EvidenceAsync(park);

        // The meter's lines come through the meter-readings import: one reading a month gives 12 monthly meter lines.
        var readings = "sourceId,readAt,quantity\n" + string.Concat(Enumerable.Range(1, 12).Select(m => $"{meter},2024-{m:00}-15 00:00:00,{100 + m}\n"));
        Assert.Equal(HttpStatusCode.Accepted, (await park.PostReadingsAsync(Encoding.UTF8.GetBytes(readings), 2024, dryRun: false)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await park.RecordByAsync("api", 2024, Line("a-1", 5, 1, heating, evidence), Line("a-2", 7))).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await park.ImportAsync("编号,类型,数量,单位\r\nI-1,purchased-electricity,3,MWh\r\nI-2,purchased-electricity,4,MWh\r\n",
            2024, dryRun: false)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await park.CorrectAsync("a-2", 2024, "late invoice", Line("a-2", 8))).StatusCode);
        return park;
    }

    [Fact]
    public async Task The_facts_count_each_current_record_once_and_give_every_share_with_its_counts()
    {
        var park = await RecordedParkAsync(service);

        var f = await FactsAsync(park, 2024);

        Assert.True(f.KeepsLedger);
        Assert.Equal((16, 14, 1), (f.Records, f.AutomatedRecords, f.EvidencedRecords));
        Assert.Equal(14.0 / 16, f.AutomatedRecordShare);
        Assert.Equal(1.0 / 16, f.EvidencedRecordShare);
        Assert.Equal((2, 1), (f.Sources, f.CompleteSources));
        Assert.Equal(0.5, f.CompleteSourceShare);
        Assert.Equal((2, 1), (f.KeyEnterprises, f.MonitoredKeyEnterprises));
        Assert.Equal(0.5, f.KeyEnterpriseMonitoringShare);
        Assert.True(f.LedgerIntact, f.LedgerProblem);
        Assert.Equal("", f.LedgerProblem);
    }

    [Fact]
    public async Task A_tampered_chain_is_not_intact_and_its_first_problem_is_named()
    {
        var park = await RecordedParkAsync(service);

        await service.ExecuteSqlAsync(
            $"UPDATE LedgerEntries SET \"Values\" = replace(\"Values\", '\"quantity\":5,', '\"quantity\":50,') WHERE ParkId = '{park.Id.ToString().ToUpperInvariant()}' AND LineId = 'a-1'");
        var f = await FactsAsync(park, 2024);

        Assert.False(f.LedgerIntact);
        Assert.Contains("a-1", f.LedgerProblem);
    }

    [Fact]
    public async Task A_year_without_ledger_entries_computes_nothing_and_leaves_every_share_absent()
    {
        var park = await RecordedParkAsync(service);

        var f = await FactsAsync(park, 2023);

        Assert.False(f.KeepsLedger);
        Assert.False(f.HasAutomatedRecordShare || f.HasEvidencedRecordShare || f.HasCompleteSourceShare || f.HasKeyEnterpriseMonitoringShare);
        Assert.Equal(0, f.Records);
    }

    [Fact]
    public async Task Without_registered_sources_or_key_enterprises_their_shares_are_absent()
    {
        var park = new TestPark(service);
        await park.RecordAsync(2024, TestPark.Electricity("e-1", 10));

        var f = await FactsAsync(park, 2024);

        Assert.True(f.KeepsLedger);
        Assert.False(f.HasCompleteSourceShare);
        Assert.False(f.HasKeyEnterpriseMonitoringShare);
        Assert.Equal(1.0, f.AutomatedRecordShare);
        Assert.Equal(0.0, f.EvidencedRecordShare);
    }
}
