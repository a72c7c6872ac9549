using System.Net;
using CarbonPlatform.ActivityData.Tests.Support;
using static CarbonPlatform.ActivityData.Tests.Instruments.Register;

namespace CarbonPlatform.ActivityData.Tests.Instruments;

/// <summary>Recorded green-electricity and offset lines name the register's allocation they spend.</summary>
[Collection(nameof(ServiceCollection))]
public sealed class AllocatedLineTests(ActivityDataService service)
{
    private static object Green(string id, double mwh, string allocationId) =>
        new { id, kind = "green-electricity", quantity = mwh, unit = "MWh", instrument = "green-certificate", allocationId };

    private static object Offset(string id, double t, string allocationId) =>
        new { id, kind = "offset", quantity = t, unit = "tCO2e", instrument = "CCER", allocationId };

    [Fact]
    public async Task A_recorded_green_electricity_line_referring_to_an_allocation_of_another_park_is_refused_naming_the_field()
    {
        var (park, other) = (new TestPark(service), new TestPark(service));
        var theirs = await AllocationAsync(other, await RegisterAsync(other, Certificates(FreshPrefix(), 1, 100)), 2024, 100);

        var response = await park.RecordAsync(2024, TestPark.Electricity("grid", 500), Green("green", 100, theirs));

        Assert.Equal([("allocationId", "allocation-not-of-park-year")], await ErrorsAsync(response, HttpStatusCode.BadRequest));
        Assert.Equal(0, (await park.LedgerAsync(2024)).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_green_electricity_line_within_its_allocation_is_recorded_with_it_and_one_beyond_it_or_in_another_year_is_not()
    {
        var park = new TestPark(service);
        var id = await RegisterAsync(park, Certificates(FreshPrefix(), 1, 100));
        var (y2024, y2025) = (await AllocationAsync(park, id, 2024, 60), await AllocationAsync(park, id, 2025, 40));

        var beyond = await park.RecordAsync(2024, TestPark.Electricity("grid", 500), Green("green", 60.5, y2024));
        var otherYear = await park.RecordAsync(2024, TestPark.Electricity("grid", 500), Green("green", 40, y2025));
        var within = await park.RecordAsync(2024, TestPark.Electricity("grid", 500), Green("green", 60, y2024));

        Assert.Equal([("allocationId", "exceeds-allocation")], await ErrorsAsync(beyond, HttpStatusCode.BadRequest));
        Assert.Equal([("allocationId", "allocation-not-of-park-year")], await ErrorsAsync(otherYear, HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.Accepted, within.StatusCode);
        var lines = await Api.OkJsonAsync(await park.Viewer.GetAsync($"/api/v1/parks/{park.Id}/activity-records?year=2024"));
        var green = lines.GetProperty("items").EnumerateArray().Single(l => l.GetProperty("id").GetString() == "green");
        Assert.Equal(y2024, green.GetProperty("allocationId").GetString());
    }

    [Fact]
    public async Task An_offset_line_spends_its_allocation_once_and_carries_no_serial_of_its_own()
    {
        var park = new TestPark(service);
        var id = await RegisterAsync(park, new { kind = "CCER", vintage = 2023, quantity = 50, serials = new { prefix = FreshPrefix("CCER"), first = 1, last = 50 } });
        var allocation = await AllocationAsync(park, id, 2024, 50);

        var first = await park.RecordAsync(2024, Offset("ccer-1", 50, allocation));
        var again = await park.RecordAsync(2024, Offset("ccer-2", 10, allocation));
        var withSerial = await park.RecordAsync(2024, new { id = "ccer-3", kind = "offset", quantity = 1, unit = "tCO2e", instrument = "CCER", serial = "X-1", allocationId = allocation });

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal([("allocationId", "allocation-spent")], await ErrorsAsync(again, HttpStatusCode.Conflict));
        Assert.Equal([("serial", "serial-with-allocation")], await ErrorsAsync(withSerial, HttpStatusCode.BadRequest));
        var lines = await Api.OkJsonAsync(await park.Viewer.GetAsync($"/api/v1/parks/{park.Id}/activity-records?year=2024"));
        var offset = Assert.Single(lines.GetProperty("items").EnumerateArray());
        Assert.Equal($"allocation:{allocation}", offset.GetProperty("serial").GetString());
    }

    [Fact]
    public async Task An_allocation_of_certificates_does_not_back_an_offset_line()
    {
        var park = new TestPark(service);
        var allocation = await AllocationAsync(park, await RegisterAsync(park, Certificates(FreshPrefix(), 1, 10)), 2024, 10);

        var response = await park.RecordAsync(2024, Offset("ccer", 10, allocation));

        Assert.Equal([("allocationId", "allocation-instrument-mismatch")], await ErrorsAsync(response, HttpStatusCode.BadRequest));
    }
}
