using System.Diagnostics.CodeAnalysis;
using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Accounting.Inventories;

namespace CarbonPlatform.Accounting.Dashboard;

/// <summary>The inventory version a dashboard figure is read from, or why there is none to read (400, 404, 422).</summary>
public static class ComputedHead
{
    public static Refusal? CheckMethod(string? method) =>
        method is null || ContractEnums.TryParse<AccountingMethod>(method) is null
            ? Refusal.Invalid("method", method is null ? "missing-field" : "unknown-method", "method is required: cers-2025 or ndrc-910-2025.")
            : null;

    public static Task<InventoryHead?> FindAsync(InventoryReader reader, Guid parkId, int year, string method, int? version, CancellationToken ct) =>
        reader.FindHeadAsync(parkId, year, method, version, ct);

    public static bool IsComputed([NotNullWhen(true)] InventoryHead? head) => head is { Version.ErrorsJson: null };

    /// <summary>The answer for a head that is not computed: 404 when there is none, 422 when its data could not be accounted.</summary>
    public static IResult NotComputed(InventoryHead? head) => head is null
        ? Problems.NotFound("The inventory")
        : Results.Problem(statusCode: 422, title: "The inventory could not be computed from the recorded data.",
            extensions: new Dictionary<string, object?> { ["version"] = head.Version.Version, ["status"] = head.Status });
}
