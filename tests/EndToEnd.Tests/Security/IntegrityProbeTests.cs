using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Security;

/// <summary>Items 5, 6 and 10 of the outside probe, replayed through the gateway.</summary>
[Collection(SecurityPlatformCollection.Name)]
public sealed class IntegrityProbeTests(SecurityPlatformFixture security)
{
    private PlatformFixture Platform => security.Platform;
    private string Park => $"/api/v1/parks/{security.World.ParkId}";

    private Task<HttpClient> OperatorAsync() => Platform.ClientAsync(security.World.OperatorA.ClientId, security.World.OperatorA.ClientSecret);

    private static async Task<string> FirstErrorCodeAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0].Str("code");

    [Fact]
    public async Task Invalid_utf8_in_a_json_body_is_a_400_problem_and_records_nothing()
    {
        using var op = await OperatorAsync();
        var body = Encoding.UTF8.GetBytes("""{"year":2024,"lines":[{"id":"bad-X","kind":"purchased-electricity","quantity":1,"unit":"MWh"}]}""");
        body[Array.IndexOf(body, (byte)'X')] = 0xFF;
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await op.PostAsync($"{Park}/activity-records", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid-utf8", await FirstErrorCodeAsync(response));
        var records = await op.GetJsonAsync($"{Park}/activity-records?year=2024");
        Assert.DoesNotContain(records.GetProperty("items").EnumerateArray(), l => l.Str("id").StartsWith("bad", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_csv_with_bytes_that_are_not_gb18030_is_refused_with_its_row_and_column()
    {
        using var op = await OperatorAsync();
        var gb = CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!;
        var head = gb.GetBytes("编号,类型,数量,单位\r\n");
        // 0x81 0x20: a GB18030 lead byte followed by a space, which no GB18030 character has as its second byte.
        byte[] csv = [.. head, .. "G-"u8, 0x81, 0x20, .. ",purchased-electricity,1,MWh\r\n"u8];
        using var content = new ByteArrayContent(csv);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        using var response = await op.PostAsync($"{Park}/imports?year=2024&dryRun=false", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Equal(("invalid-encoding", "character 3"), (error.Str("code"), error.Str("field")));
        Assert.StartsWith("Row 2:", error.Str("message"));
        var records = await op.GetJsonAsync($"{Park}/activity-records?year=2024");
        Assert.DoesNotContain(records.GetProperty("items").EnumerateArray(), l => l.Str("id").StartsWith("G-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("gb18030")]
    public async Task Streamed_meter_readings_with_bytes_not_of_their_encoding_are_a_400_naming_row_and_column_and_record_nothing(string encoding)
    {
        using var op = await OperatorAsync();
        var enterprise = (await op.PostAsync($"{Park}/enterprises", new { name = "企业 bytes " + encoding, keyEnergyUser = false })).Str("id");
        var meter = (await op.PostAsync($"{Park}/emission-sources",
            new { enterpriseId = enterprise, name = "电表 bytes " + encoding, kind = "purchased-electricity", unit = "MWh", metered = true })).Str("id");
        var text = CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!;
        var header = encoding == "utf-8" ? Encoding.UTF8.GetBytes("排放源编号,读数时间,数量\n") : text.GetBytes("排放源编号,读数时间,数量\n");
        // UTF-8: 0xFF is never a UTF-8 byte. GB18030: 0x81 is a lead byte, and no character has a space after it.
        byte[] bad = encoding == "utf-8" ? [0xFF] : [0x81, 0x20];
        // 2025: the world's 2024 is certified, so locked.
        byte[] csv = [.. header, .. Encoding.ASCII.GetBytes($"{meter},2025-01-15 10:00,1\n{meter},2025-02-"), .. bad,
            .. Encoding.ASCII.GetBytes($"15 10:00,2\n{meter},2025-03-15 10:00,3\n")];
        using var content = new ByteArrayContent(csv);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        using var response = await op.PostAsync($"{Park}/meter-readings?year=2025&dryRun=false", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateArray());
        var character = meter.Length + ",2025-02-".Length + 1;
        Assert.Equal(("invalid-encoding", $"character {character}"), (error.Str("code"), error.Str("field")));
        Assert.StartsWith($"Row 3: Column 2, character {character}:", error.Str("message"));
        var records = await op.GetJsonAsync($"{Park}/activity-records?year=2025");
        Assert.DoesNotContain(records.GetProperty("items").EnumerateArray(), l => l.Str("id").Contains(meter, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/%09/evil.example")]
    [InlineData("/%5Cevil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    public async Task The_language_switch_sends_a_return_url_that_is_not_a_plain_local_path_home(string returnUrl)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Platform.Gateway.BaseAddress };

        using var response = await http.GetAsync($"/language/en?returnUrl={returnUrl}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_limit_past_the_bound_is_a_400_not_a_huge_page()
    {
        using var op = await OperatorAsync();

        using var response = await op.GetAsync($"{Park}/access-log?limit=2147483647");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid-limit", await FirstErrorCodeAsync(response));
    }

    [Theory]
    [InlineData(71, HttpStatusCode.BadRequest)] // past RFC 2046's 70 characters: the gateway's own check
    [InlineData(100_000, HttpStatusCode.RequestHeaderFieldsTooLarge)] // a 100 kB header never gets past the server's header limit
    public async Task A_multipart_boundary_longer_than_rfc_2046_allows_is_refused_at_the_gateway(int length, HttpStatusCode refusal)
    {
        using var op = await OperatorAsync();
        var boundary = new string('b', length);
        using var content = new ByteArrayContent(Encoding.ASCII.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF\r\n--{boundary}--\r\n"));
        content.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");

        using var response = await op.PostAsync($"{Park}/evidence", content);

        Assert.Equal(refusal, response.StatusCode);
        if (refusal == HttpStatusCode.BadRequest) Assert.Equal("invalid-multipart-boundary", await FirstErrorCodeAsync(response));
    }

    [Fact]
    public async Task Minus_zero_is_stored_as_zero()
    {
        using var op = await OperatorAsync();
        var id = "zero-" + Guid.NewGuid().ToString("N")[..6];
        using var content = new StringContent($$"""{"year":2023,"lines":[{"id":"{{id}}","kind":"purchased-electricity","quantity":-0,"unit":"MWh"}]}""",
            Encoding.UTF8, "application/json");

        using var response = await op.PostAsync($"{Park}/activity-records", content);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var records = await op.GetJsonAsync($"{Park}/activity-records?year=2023");
        var line = Assert.Single(records.GetProperty("items").EnumerateArray(), l => l.Str("id") == id);
        Assert.Equal("0", line.GetProperty("quantity").GetRawText());
    }

    [Fact]
    public async Task An_operator_registers_parks_only_inside_its_own_region_and_the_administrator_anywhere()
    {
        using var op = await OperatorAsync();
        using var admin = await Platform.AdminAsync();
        var body = new { name = "跨省园区", regionCode = "440300", operatorOrganizationId = security.World.OperatorA.OrganizationId };

        var refused = await op.PostAsync("/api/v1/parks", body, HttpStatusCode.BadRequest);

        Assert.Equal("region-outside-operator", refused.GetProperty("errors")[0].Str("code"));
        await admin.PostAsync("/api/v1/parks", body);
    }

    [Fact]
    public async Task The_reference_page_runs_under_a_content_security_policy_and_cannot_be_framed()
    {
        using var http = new HttpClient { BaseAddress = Platform.Gateway.BaseAddress };

        using var response = await http.GetAsync("/reference");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("default-src 'self'", policy);
        Assert.Equal("DENY", string.Join(",", response.Headers.GetValues("X-Frame-Options")));
    }
}
