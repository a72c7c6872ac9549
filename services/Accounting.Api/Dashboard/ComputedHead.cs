using CarbonPlatform.Accounting.Inventories;
using CarbonPlatform.ServiceDefaults.OpenApi;
using CarbonPlatform.ServiceDefaults.Problems;

namespace CarbonPlatform.Accounting.Dashboard;

/// <summary>The inventory version a dashboard figure is read from, or the problem to answer instead (400, 404, 422).</summary>
public static class ComputedHead
{
    public static IResult? CheckMethod(string? method) =>
        method is null || ContractEnums.TryParse<AccountingMethod>(method) is null
            ? Problems.Invalid("method", method is null ? "missing-field" : "unknown-method", "method is required: cers-2025 or ndrc-910-2025.")
            : null;

    public static async Task<(InventoryHead? Head, IResult? Problem)> FindAsync(InventoryReader reader, Guid parkId, int year, string method,
        int? version, CancellationToken ct)
    {
        var found = await reader.FindHeadAsync(parkId, year, method, version, ct);
        if (found is null) return (null, Problems.NotFound("The inventory"));
        if (found.Version.ErrorsJson is not null)
            return (null, Results.Problem(statusCode: 422, title: "The inventory could not be computed from the recorded data.",
                extensions: new Dictionary<string, object?> { ["version"] = found.Version.Version, ["status"] = found.Status }));
        return (found, null);
    }
}
