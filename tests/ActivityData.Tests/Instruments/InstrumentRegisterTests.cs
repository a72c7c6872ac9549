using System.Net;
using System.Net.Http.Json;
using System.Net.Http.Headers;
using CarbonPlatform.ActivityData.Tests.Support;
using static CarbonPlatform.ActivityData.Tests.Instruments.Register;

namespace CarbonPlatform.ActivityData.Tests.Instruments;

[Collection(nameof(ServiceCollection))]
public sealed class InstrumentRegisterTests(ActivityDataService service)
{
    [Fact]
    public async Task Allocating_more_than_is_held_is_refused_and_the_rest_stays_allocatable()
    {
        var park = new TestPark(service);
        var id = await RegisterAsync(park, Certificates(FreshPrefix(), 1, 1000));
        await AllocationAsync(park, id, 2024, 600);

        var tooMuch = await ErrorsAsync(await AllocateAsync(park.Admin, park.Id, id, 2024, 400.5), HttpStatusCode.Conflict);
        await AllocationAsync(park, id, 2025, 400);

        Assert.Equal([("quantity", "exceeds-held")], tooMuch);
        var instrument = await InstrumentAsync(park, id);
        Assert.Equal("allocated", instrument.GetProperty("status").GetString());
        Assert.Equal(1000, instrument.GetProperty("allocated").GetDouble());
        Assert.Equal(0, instrument.GetProperty("available").GetDouble());
        Assert.Equal([2024, 2025], instrument.GetProperty("allocations").EnumerateArray().Select(a => a.GetProperty("year").GetInt32()).Order());
    }

    [Fact]
    public async Task The_same_serials_registered_in_a_second_park_are_refused_even_when_the_ranges_only_overlap()
    {
        var (first, second) = (new TestPark(service), new TestPark(service));
        var prefix = FreshPrefix("CCER");
        await RegisterAsync(first, new { kind = "CCER", vintage = 2023, quantity = 100, serials = new { prefix, first = 1, last = 100 } });
        var number = $"GPT-{Guid.NewGuid():N}";
        await RegisterAsync(first, new { kind = "green-power-trade", vintage = 2024, quantity = 5000, certificateNumber = number });

        var overlapping = await PostAsync(second.Admin, second.Id, new { kind = "CCER", vintage = 2023, quantity = 11, serials = new { prefix, first = 90, last = 100 } });
        var sameTrade = await PostAsync(second.Admin, second.Id, new { kind = "green-power-trade", vintage = 2024, quantity = 5000, certificateNumber = number });
        var next = await PostAsync(second.Admin, second.Id, new { kind = "CCER", vintage = 2023, quantity = 50, serials = new { prefix, first = 101, last = 150 } });

        Assert.Equal([("serials", "serials-registered")], await ErrorsAsync(overlapping, HttpStatusCode.Conflict));
        Assert.Equal([("certificateNumber", "serials-registered")], await ErrorsAsync(sameTrade, HttpStatusCode.Conflict));
        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
    }

    [Fact]
    public async Task A_retired_certificate_cannot_be_allocated_and_its_retirement_names_the_parks_evidence()
    {
        var park = new TestPark(service);
        var id = await RegisterAsync(park, Certificates(FreshPrefix(), 1, 10));
        await AllocationAsync(park, id, 2024, 10);
        var withoutEvidence = await park.Admin.PostAsJsonAsync($"/api/v1/parks/{park.Id}/instruments/{id}/retirement", new { evidenceId = Guid.NewGuid() });
        var evidence = await UploadEvidenceAsync(park);

        var retired = await Api.OkJsonAsync(await park.Admin.PostAsJsonAsync($"/api/v1/parks/{park.Id}/instruments/{id}/retirement", new { evidenceId = evidence }));
        var again = await AllocateAsync(park.Admin, park.Id, id, 2025, 1);

        Assert.Equal([("evidenceId", "unknown-evidence")], await ErrorsAsync(withoutEvidence, HttpStatusCode.BadRequest));
        Assert.Equal("retired", retired.GetProperty("status").GetString());
        Assert.Equal(evidence, retired.GetProperty("evidenceId").GetString());
        Assert.Equal([("status", "instrument-retired")], await ErrorsAsync(again, HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task A_cancelled_instrument_cannot_be_allocated_and_an_allocated_one_cannot_be_cancelled()
    {
        var park = new TestPark(service);
        var (held, allocated) = (await RegisterAsync(park, Certificates(FreshPrefix(), 1, 5)), await RegisterAsync(park, Certificates(FreshPrefix(), 1, 5)));
        await AllocationAsync(park, allocated, 2024, 5);

        var cancelled = await park.Admin.PostAsJsonAsync($"/api/v1/parks/{park.Id}/instruments/{held}/cancellation", new { reason = "证书已注销" });
        var refused = await park.Admin.PostAsJsonAsync($"/api/v1/parks/{park.Id}/instruments/{allocated}/cancellation", new { reason = "x" });

        Assert.Equal("cancelled", (await Api.OkJsonAsync(cancelled)).GetProperty("status").GetString());
        Assert.Equal([("status", "instrument-allocated")], await ErrorsAsync(refused, HttpStatusCode.Conflict));
        Assert.Equal([("status", "instrument-cancelled")], await ErrorsAsync(await AllocateAsync(park.Admin, park.Id, held, 2024, 1), HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task An_instrument_with_bad_fields_is_refused_naming_each_field()
    {
        var park = new TestPark(service);

        var errors = await ErrorsAsync(await PostAsync(park.Admin, park.Id,
            new { kind = "sunshine", vintage = 1800, quantity = 3, serials = new { prefix = "A B", first = 1, last = 2 }, generationFrom = "2024-13" }),
            HttpStatusCode.BadRequest);

        Assert.Equal(new[] { ("kind", "unknown-kind"), ("vintage", "out-of-range"), ("serials.prefix", "invalid-prefix"),
            ("quantity", "quantity-not-serial-count"), ("generationFrom", "invalid-month") }.Order(), errors.Order());
    }

    [Fact]
    public async Task Only_the_operators_administrator_keeps_the_register_and_another_operator_does_not_see_it()
    {
        var park = new TestPark(service);
        var stranger = new TestPark(service);

        var byDataEntry = await PostAsync(park.DataEntry, park.Id, Certificates(FreshPrefix(), 1, 5));
        var read = await park.Viewer.GetAsync($"/api/v1/parks/{park.Id}/instruments");
        var byStranger = await stranger.Admin.GetAsync($"/api/v1/parks/{park.Id}/instruments");

        Assert.Equal(HttpStatusCode.Forbidden, byDataEntry.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byStranger.StatusCode);
    }

    [Fact]
    public async Task The_register_exports_for_the_certification_body_reviewing_the_park_one_row_per_allocation()
    {
        var park = new TestPark(service);
        var prefix = FreshPrefix();
        var id = await RegisterAsync(park, Certificates(prefix, 1, 100));
        var (a, b) = (await AllocationAsync(park, id, 2024, 30), await AllocationAsync(park, id, 2025, 70));
        var body = Guid.NewGuid();
        service.Parks.AssignReviewer(park.Id, body);
        var reviewer = service.As(new CarbonPlatform.Testing.TokenClaims
        {
            Subject = "reviewer", OrganizationId = body.ToString(), OrganizationKind = "certification-body", Roles = ["certification-reviewer"],
            Audiences = [Callers.Audience],
        });

        var response = await reviewer.GetAsync($"/api/v1/parks/{park.Id}/instruments/export.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var rows = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("instrumentId,kind,serialPrefix", rows[0]);
        Assert.Equal([$"{id},green-certificate,{prefix},1,100,,2024,2024-01,2024-06,100,MWh,allocated,,,{a},2024,30",
            $"{id},green-certificate,{prefix},1,100,,2024,2024-01,2024-06,100,MWh,allocated,,,{b},2025,70"], rows[1..]);
    }

    private static async Task<string> UploadEvidenceAsync(TestPark park)
    {
        var file = new ByteArrayContent("%PDF-1.7 核销证明"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var created = await Api.OkJsonAsync(await park.Admin.PostAsync($"/api/v1/parks/{park.Id}/evidence",
            new MultipartFormDataContent { { file, "file", "retirement.pdf" } }), HttpStatusCode.Created);
        return created.GetProperty("id").GetString()!;
    }
}
