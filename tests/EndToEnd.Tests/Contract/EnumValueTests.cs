using System.Net;
using System.Text.Json;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Contract;

/// <summary>A value outside a field's enum is a 400 problem naming the field, not an empty page or a 404.</summary>
[Collection(PlatformCollection.Name)]
public sealed class EnumValueTests(PlatformFixture platform)
{
    private static async Task<JsonElement> ErrorOfAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path}: {(int)response.StatusCode} {body}");
        return Assert.Single(JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/v1/factors?category=nuclear", "category", "unknown-category")]
    [InlineData("/api/v1/factors?status=guessed", "status", "unknown-status")]
    [InlineData("/api/v1/parks/5f0c2b1e-8d4a-4c3b-9e2f-1a2b3c4d5e6f/inventories/2024/summary?method=ghg-protocol", "method", "unknown-method")]
    [InlineData("/api/v1/parks/5f0c2b1e-8d4a-4c3b-9e2f-1a2b3c4d5e6f/inventories/2024/lines?method=cers2025", "method", "unknown-method")]
    public async Task An_unknown_value_is_400_naming_the_field(string path, string field, string code)
    {
        using var admin = await platform.AdminAsync();

        var error = await ErrorOfAsync(admin, path);

        Assert.Equal((field, code), (error.GetProperty("field").GetString(), error.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Factors_are_filtered_by_an_enum_value_as_the_contract_spells_it()
    {
        using var admin = await platform.AdminAsync();

        using var response = await admin.GetAsync("/api/v1/factors?category=electricity&status=confirmed&limit=50");
        var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, f => Assert.Equal(("electricity", "confirmed"), (f.GetProperty("category").GetString(), f.GetProperty("status").GetString())));
    }
}
