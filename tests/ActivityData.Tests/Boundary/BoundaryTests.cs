using System.Net;
using System.Net.Http.Json;
using CarbonPlatform.ActivityData.Tests.Support;

namespace CarbonPlatform.ActivityData.Tests.Boundary;

[Collection(nameof(ServiceCollection))]
public sealed class BoundaryTests(ActivityDataService service)
{
    [Fact]
    public async Task Enterprises_and_sources_are_registered_by_writers_listed_to_readers_and_hidden_from_other_operators()
    {
        var park = new TestPark(service);
        var enterprise = await park.EnterpriseAsync("华电热电", keyEnergyUser: true);
        var source = await park.SourceAsync(enterprise, "1# boiler", metered: true, kind: "fuel-combustion", unit: "t");

        var enterprises = await Api.OkJsonAsync(await park.Viewer.GetAsync($"/api/v1/parks/{park.Id}/enterprises"));
        var sources = await Api.OkJsonAsync(await park.Viewer.GetAsync($"/api/v1/parks/{park.Id}/emission-sources"));
        var viewerPost = await park.Viewer.PostAsJsonAsync($"/api/v1/parks/{park.Id}/enterprises", new { name = "x" });
        var stranger = new TestPark(service);
        var strangerGet = await stranger.Admin.GetAsync($"/api/v1/parks/{park.Id}/emission-sources");
        var strangerPost = await stranger.Admin.PostAsJsonAsync($"/api/v1/parks/{park.Id}/enterprises", new { name = "x" });

        var e = Assert.Single(enterprises.GetProperty("items").EnumerateArray());
        Assert.Equal((enterprise, true), (e.GetProperty("id").GetGuid(), e.GetProperty("keyEnergyUser").GetBoolean()));
        var s = Assert.Single(sources.GetProperty("items").EnumerateArray());
        Assert.Equal((source, enterprise, "fuel-combustion", true),
            (s.GetProperty("id").GetGuid(), s.GetProperty("enterpriseId").GetGuid(), s.GetProperty("kind").GetString(), s.GetProperty("metered").GetBoolean()));
        Assert.Equal(HttpStatusCode.Forbidden, viewerPost.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangerGet.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangerPost.StatusCode);
    }

    [Fact]
    public async Task A_source_of_an_enterprise_of_another_park_or_of_an_unknown_kind_is_refused()
    {
        var park = new TestPark(service);
        var other = await new TestPark(service).EnterpriseAsync("elsewhere");
        var own = await park.EnterpriseAsync("here");

        var foreign = await park.Admin.PostAsJsonAsync($"/api/v1/parks/{park.Id}/emission-sources",
            new { enterpriseId = other, name = "m", kind = "purchased-electricity", unit = "MWh" });
        var badKind = await park.Admin.PostAsJsonAsync($"/api/v1/parks/{park.Id}/emission-sources",
            new { enterpriseId = own, name = "m", kind = "electricity", unit = "MWh" });

        Assert.Equal(["unknown-enterprise"], await Api.ProblemCodesAsync(foreign, HttpStatusCode.BadRequest));
        Assert.Equal(["unknown-kind"], await Api.ProblemCodesAsync(badKind, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_line_naming_a_source_of_another_park_is_refused_with_its_line_and_nothing_is_recorded()
    {
        var park = new TestPark(service);
        var other = new TestPark(service);
        var foreign = await other.SourceAsync(await other.EnterpriseAsync("elsewhere"), "meter");

        var response = await park.RecordByAsync("api", 2024, Support.Boundary.Line("e-1", 10), Support.Boundary.Line("e-2", 20, sourceId: foreign));

        var problem = await Api.OkJsonAsync(response, HttpStatusCode.BadRequest);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(("e-2", "sourceId", "unknown-source"),
            (error.GetProperty("line").GetString(), error.GetProperty("field").GetString(), error.GetProperty("code").GetString()));
        Assert.Equal(0, (await park.LedgerAsync(2024)).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_source_named_by_a_batch_a_correction_and_an_import_is_kept_on_record_and_entry_and_the_chain_verifies()
    {
        var park = new TestPark(service);
        var enterprise = await park.EnterpriseAsync("plant");
        var meter = await park.SourceAsync(enterprise, "main meter");
        var spare = await park.SourceAsync(enterprise, "spare meter");

        Assert.Equal(HttpStatusCode.Accepted, (await park.RecordByAsync("api", 2024, Support.Boundary.Line("e-1", 10, 1, meter))).StatusCode);
        await Api.OkJsonAsync(await park.CorrectAsync("e-1", 2024, "wrong meter", Support.Boundary.Line("e-1", 11, 1, spare)), HttpStatusCode.Created);
        await Api.OkJsonAsync(await park.ImportAsync($"编号,类型,数量,单位,月份,排放源\r\nI-1,purchased-electricity,5,MWh,2,{meter}\r\n", 2024, dryRun: false),
            HttpStatusCode.Accepted);

        var entries = (await park.LedgerAsync(2024)).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("sourceId").GetString()).ToList();
        var records = (await Api.OkJsonAsync(await park.Admin.GetAsync($"/api/v1/parks/{park.Id}/activity-records?year=2024")))
            .GetProperty("items").EnumerateArray().ToDictionary(l => l.GetProperty("id").GetString()!, l => l.GetProperty("sourceId").GetGuid());
        Assert.Equal([meter.ToString(), spare.ToString(), meter.ToString()], entries);
        Assert.Equal(spare, records["e-1"]);
        Assert.Equal(meter, records["I-1"]);
        Assert.True((await park.VerifyAsync()).GetProperty("intact").GetBoolean());
        var csv = await park.Admin.GetStringAsync($"/api/v1/parks/{park.Id}/ledger/export.csv?year=2024");
        Assert.Contains(",evidenceId,sourceId,supersedes,", csv);
        Assert.Contains($",{spare},", csv);
    }

    [Fact]
    public async Task An_import_dry_run_names_the_row_and_column_of_an_unknown_source()
    {
        var park = new TestPark(service);
        var csv = $"编号,类型,数量,单位,排放源\r\nI-1,purchased-electricity,5,MWh,{Guid.NewGuid()}\r\n";

        var report = await Api.OkJsonAsync(await park.ImportAsync(csv, 2024, dryRun: true));

        var p = Assert.Single(report.GetProperty("problems").EnumerateArray());
        Assert.Equal((2, "排放源", "unknown-source"), (p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString(), p.GetProperty("code").GetString()));
    }
}
