using System.Net;
using System.Text.Json;
using CarbonPlatform.Testing;
using CarbonPlatform.ParkRegistry.Tests.Support;

namespace CarbonPlatform.ParkRegistry.Tests;

[Collection(nameof(PlatformCollection))]
public sealed class ParkListPagingTests(Platform platform)
{
    private readonly HttpClient _admin = platform.RegistryAs(Callers.PlatformAdmin());

    [Fact]
    public async Task Pages_of_the_park_list_follow_each_other_by_cursor_without_gaps_or_repeats()
    {
        var operatorId = await _admin.RegisterOrganizationAsync("park-operator");
        // Two parks share a name: the cursor must carry the id too, or one of them falls between pages.
        var names = new[] { "Alpha", "Beta", "Beta", "Gamma", "Delta" };
        var registered = new List<Guid>();
        foreach (var name in names) registered.Add(await _admin.RegisterParkAsync(operatorId, "320571", name));
        var caller = platform.RegistryAs(Callers.Operator(operatorId));

        var seen = new List<(string Name, Guid Id)>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await ReadAsync(caller, cursor is null ? "?limit=2" : $"?limit=2&cursor={Uri.EscapeDataString(cursor)}");
            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.InRange(items.Count, 1, 2);
            seen.AddRange(items.Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("id").GetGuid())));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        } while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(registered.Order(), seen.Select(s => s.Id).Order());
        Assert.Equal(names.Order(StringComparer.Ordinal), seen.Select(s => s.Name));
    }

    [Fact]
    public async Task Text_narrows_the_list_to_names_containing_it_or_region_codes_beginning_with_its_digits_in_the_database()
    {
        var operatorId = await _admin.RegisterOrganizationAsync("park-operator");
        var tag = Guid.NewGuid().ToString("N")[..8];
        var suzhou = await _admin.RegisterParkAsync(operatorId, "320571", $"苏州 {tag} 园区");
        var wuxi = await _admin.RegisterParkAsync(operatorId, "320214", $"无锡 {tag} 园区");
        var caller = platform.RegistryAs(Callers.Operator(operatorId));

        async Task<List<Guid>> IdsAsync(string text) => (await ReadAsync(caller, "?text=" + Uri.EscapeDataString(text)))
            .GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToList();

        Assert.Equal(new[] { suzhou, wuxi }.Order(), (await IdsAsync(tag)).Order());
        Assert.Equal([suzhou], await IdsAsync($"苏州 {tag}"));
        Assert.Equal([wuxi], await IdsAsync("3202"));
        Assert.Equal(2, (await IdsAsync("  ")).Count);
        var tooLong = await caller.GetAsync("/api/v1/parks?text=" + new string('x', 101));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("text", (await tooLong.JsonAsync()).GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("?limit=0", "limit", "invalid-limit")]
    [InlineData("?limit=1001", "limit", "invalid-limit")]
    [InlineData("?cursor=not-a-cursor", "cursor", "invalid-cursor")]
    [InlineData("?cursor=eyJ4IjoxfQ", "cursor", "invalid-cursor")]
    public async Task A_bad_limit_or_cursor_is_refused_naming_the_field(string query, string field, string code)
    {
        var response = await _admin.GetAsync("/api/v1/parks" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.JsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal(field, error.GetProperty("field").GetString());
        Assert.Equal(code, error.GetProperty("code").GetString());
    }

    private static async Task<JsonElement> ReadAsync(HttpClient caller, string query)
    {
        var response = await caller.GetAsync("/api/v1/parks" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }
}
