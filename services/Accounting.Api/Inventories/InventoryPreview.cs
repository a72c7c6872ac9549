using System.Text.Json;
using System.Text.Json.Nodes;
using CarbonPlatform.Accounting.Answers;
using CarbonPlatform.Accounting.Engine.Results;
using CarbonPlatform.Accounting.Recompute;
using CarbonPlatform.EmissionFactors.Client;

namespace CarbonPlatform.Accounting.Inventories;

/// <summary>
/// The park's recorded data computed on a release the caller names (<c>?factorRelease=</c>), e.g. one that is not the
/// default yet: what the inventory would be if it were. Nothing is stored; the answer's status is <c>preview</c>.
/// </summary>
public static class InventoryPreview
{
    public static async Task<IResult> Handle(Guid parkId, int year, string method, int? version, string factorRelease, Lineage lineage,
        IParkDirectory parks, FactorReleaseSource releases, InventoryComputer computer, CancellationToken ct)
    {
        if (version is not null)
            return Problems.Invalid("factorRelease", "field-not-allowed", "factorRelease computes the current data; version reads a stored inventory. Give one of them.");
        if (!InventoryComputer.MethodsComputed.Contains(method))
            return Problems.Invalid("method", "unknown-method", "method must be cers-2025 or ndrc-910-2025.");
        var release = await releases.GetAsync(factorRelease, ct);
        if (release is null) return Problems.Invalid("factorRelease", "unknown-factor-release", $"There is no factor release '{factorRelease}'.");
        var park = await parks.FindAsync(parkId, ct);
        if (park is null) return Problems.NotFound("The park");

        var data = await computer.ReadLinesAsync(parkId, year, ct);
        var outcome = InventoryComputer.Calculate(method, year, park.RegionCode, data.Lines, release);
        if (!outcome.Succeeded)
            return Results.Problem(statusCode: 422, title: $"The recorded data cannot be computed on the release {release.Name}.",
                extensions: new Dictionary<string, object?>
                {
                    ["errors"] = JsonNode.Parse(JsonSerializer.Serialize(outcome.Errors, EngineJson.Options)), ["status"] = "preview",
                });
        return StreamedJsonResult.For(outcome.Result!, lineage,
            writer => StoredInventoryJson.WriteProvenance(writer, parkId, null, "preview", DateTime.UtcNow, data.Batches));
    }
}
