using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests;

/// <summary>
/// Calculations and inventories through the gateway with <c>?lineage=</c> full, factors or none, and compressed when the
/// client asks: the gateway passes the encoding and the compressed body through as the service wrote them.
/// </summary>
[Collection(PlatformCollection.Name)]
public class LineageAndCompressionTests(PlatformFixture platform)
{
    private const string Request = """
        { "method": "cers-2025", "year": 2024, "regionCode": "320571", "lines": [
          { "id": "gas", "kind": "fuel-combustion", "quantity": 120.5, "unit": "10^4Nm3", "fuel": "natural-gas" },
          { "id": "grid", "kind": "purchased-electricity", "quantity": 5000, "unit": "MWh" },
          { "id": "trucks", "kind": "scope3", "quantity": 300, "unit": "tCO2e", "category": 4 } ] }
        """;

    [Fact]
    public async Task A_calculation_without_lineage_has_the_totals_of_the_full_one_and_no_lineage()
    {
        using var admin = await platform.AdminAsync();
        var full = await CalculateAsync(admin, "");
        var none = await CalculateAsync(admin, "?lineage=none");

        Assert.Equal(full.GetProperty("totals").GetRawText(), none.GetProperty("totals").GetRawText());
        Assert.Equal(full.GetProperty("gases").GetRawText(), none.GetProperty("gases").GetRawText());
        Assert.False(none.TryGetProperty("factors", out _));
        foreach (var (line, fullLine) in none.GetProperty("lines").EnumerateArray().Zip(full.GetProperty("lines").EnumerateArray()))
        {
            Assert.Equal(["id", "kind", "scope", "co2e", "excluded", "flags"], line.EnumerateObject().Select(p => p.Name));
            Assert.Equal(fullLine.Num("co2e"), line.Num("co2e"));
        }
        Assert.Contains(full.GetProperty("lines").EnumerateArray(), l => l.TryGetProperty("formula", out _) && l.GetProperty("intermediates").EnumerateObject().Any());
        Assert.True(full.GetProperty("factors").GetArrayLength() > 0);
    }

    [Fact]
    public async Task A_calculation_with_factor_lineage_keeps_only_the_factor_inputs_of_each_line()
    {
        using var admin = await platform.AdminAsync();
        var full = await CalculateAsync(admin, "?lineage=full");
        var factors = await CalculateAsync(admin, "?lineage=factors");

        Assert.Equal(full.GetProperty("totals").GetRawText(), factors.GetProperty("totals").GetRawText());
        Assert.Equal(full.GetProperty("factors").GetRawText(), factors.GetProperty("factors").GetRawText());
        foreach (var (line, fullLine) in factors.GetProperty("lines").EnumerateArray().Zip(full.GetProperty("lines").EnumerateArray()))
        {
            Assert.False(line.TryGetProperty("formula", out _));
            Assert.False(line.TryGetProperty("intermediates", out _));
            var expected = fullLine.GetProperty("inputs").EnumerateArray().Where(i => i.TryGetProperty("status", out _)).Select(i => i.GetRawText());
            Assert.Equal(expected, line.GetProperty("inputs").EnumerateArray().Select(i => i.GetRawText()));
        }
        // natural gas: the NCV and carbon content are factors; the quantity is not
        var gas = factors.GetProperty("lines").EnumerateArray().Single(l => l.Str("id") == "gas").GetProperty("inputs");
        Assert.NotEmpty(gas.EnumerateArray());
        Assert.All(gas.EnumerateArray(), i => Assert.Contains("@", i.Str("origin"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_lineage_is_refused_naming_the_parameter()
    {
        using var admin = await platform.AdminAsync();
        using var response = await admin.PostAsync("/api/v1/calculations?lineage=some", new StringContent(Request, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("lineage", problem.GetProperty("errors")[0].Str("field"));
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task A_compressed_calculation_decompresses_to_the_same_JSON(string encoding)
    {
        using var admin = await platform.AdminAsync();
        var plain = await RawAsync(admin, "/api/v1/calculations", null);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/calculations") { Content = new StringContent(Request, Encoding.UTF8, "application/json") };
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        using var response = await admin.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Normalised(plain), Normalised(Decompress(compressed, encoding)));
        Assert.True(compressed.Length < plain.Length, $"{encoding}: {compressed.Length} bytes against {plain.Length}");
    }

    [Fact]
    public async Task A_stored_inventory_reads_with_each_lineage_and_compressed()
    {
        using var admin = await platform.AdminAsync();
        var tenant = await Tenants.CreateAsync(admin, "park-operator", "Lineage operator", "320500");
        using var op = await platform.ClientAsync(tenant.ClientId, tenant.ClientSecret);
        var parkId = await Tenants.ParkAsync(op, tenant, "Lineage park", "320571");
        await op.PostAsync($"/api/v1/parks/{parkId}/activity-records",
            new { year = 2024, lines = new object[]
            {
                new { id = "grid", kind = "purchased-electricity", quantity = 1000, unit = "MWh" },
                new { id = "gas", kind = "fuel-combustion", quantity = 12.5, unit = "10^4Nm3", fuel = "natural-gas" },
            } }, HttpStatusCode.Accepted);
        var path = $"/api/v1/parks/{parkId}/inventories/2024?method=cers-2025";
        var full = await op.EventuallyAsync(path, i => i.Str("status") == "current");
        var none = await op.GetJsonAsync(path + "&lineage=none");
        var factors = await op.GetJsonAsync(path + "&lineage=factors");

        Assert.Equal(full.GetProperty("totals").GetRawText(), none.GetProperty("totals").GetRawText());
        Assert.Equal((full.Str("parkId"), full.GetProperty("version").GetInt32(), full.GetProperty("batches").GetRawText()),
            (none.Str("parkId"), none.GetProperty("version").GetInt32(), none.GetProperty("batches").GetRawText()));
        Assert.All(none.GetProperty("lines").EnumerateArray(), l => Assert.False(l.TryGetProperty("inputs", out _)));
        Assert.False(none.TryGetProperty("factors", out _));
        Assert.All(factors.GetProperty("lines").EnumerateArray(), l =>
        {
            Assert.False(l.TryGetProperty("formula", out _));
            Assert.All(l.GetProperty("inputs").EnumerateArray(), i => Assert.True(i.TryGetProperty("status", out _)));
        });
        Assert.Equal(full.GetProperty("factors").GetRawText(), factors.GetProperty("factors").GetRawText());

        var plain = await RawAsync(op, path, null, HttpMethod.Get);
        var brotli = await RawAsync(op, path, "br", HttpMethod.Get);
        Assert.Equal(Normalised(plain), Normalised(Decompress(brotli, "br")));
    }

    private static async Task<JsonElement> CalculateAsync(HttpClient http, string query)
    {
        using var response = await http.PostAsync("/api/v1/calculations" + query, new StringContent(Request, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Contract.ContractSchemas.Check(HttpMethod.Post, "/api/v1/calculations" + query, 200, response.Content.Headers.ContentType?.MediaType, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<byte[]> RawAsync(HttpClient http, string path, string? encoding, HttpMethod? method = null)
    {
        method ??= HttpMethod.Post;
        using var request = new HttpRequestMessage(method, path);
        if (method == HttpMethod.Post) request.Content = new StringContent(Request, Encoding.UTF8, "application/json");
        if (encoding is not null) request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(encoding is null ? [] : [encoding], response.Content.Headers.ContentEncoding);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static byte[] Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>The JSON without what differs between two reads of the same thing (a preview's time), as text.</summary>
    private static string Normalised(byte[] json) => JsonDocument.Parse(json).RootElement.GetRawText();
}
