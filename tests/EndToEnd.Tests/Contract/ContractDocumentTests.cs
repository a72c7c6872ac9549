using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Contract;

/// <summary>
/// contracts/openapi/v1.json is the v1 contract as checked in: the document the running gateway serves must be the
/// same. When it is not, the test writes the served document over the checked-in one (review it with git diff and
/// commit it) and fails, so a clean clone in CI fails on any change to the API that was not committed with it.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ContractDocumentTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_served_openapi_document_is_the_checked_in_contract()
    {
        var served = ContractFile.Normalise(await ContractFile.ServedAsync(platform.Gateway.BaseAddress!));
        var checkedIn = File.Exists(ContractFile.Path) ? await File.ReadAllTextAsync(ContractFile.Path) : "";
        if (checkedIn == served) return;
        await File.WriteAllTextAsync(ContractFile.Path, served);
        Assert.Fail($"The served OpenAPI document differs from {ContractFile.Path}; it has been rewritten: review `git diff contracts/openapi` and commit it.");
    }
}

public static class ContractFile
{
    public static string Path { get; } = System.IO.Path.Combine(RepositoryPaths.Root, "contracts", "openapi", "v1.json");

    /// <summary>The gateway's merged document once every service contributed to it (a cold service may time out at first).</summary>
    public static async Task<JsonNode> ServedAsync(Uri gateway)
    {
        using var anonymous = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(90) };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            using var response = await anonymous.GetAsync("/openapi/v1.json");
            response.EnsureSuccessStatusCode();
            var missing = response.Headers.TryGetValues("X-OpenApi-Missing", out var m) ? string.Join(',', m) : null;
            if (missing is null) return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.True(DateTime.UtcNow < deadline, $"the gateway's document still lacks {missing}");
            await Task.Delay(1000);
        }
    }

    /// <summary>Indented, with the properties of every object in a stable order, one newline at the end.</summary>
    public static string Normalise(JsonNode document) =>
        Sorted(document)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Sorted).ToArray()),
        null => null,
        _ => node.DeepClone(),
    };
}
