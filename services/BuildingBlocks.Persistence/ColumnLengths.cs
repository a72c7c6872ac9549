using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.BuildingBlocks.Persistence;

/// <summary>
/// The column lengths the platform's words take in every service's tables: who did something (a subject, 200), a park's
/// name and region code, a scheme, its status, a grade, an accounting method, a factor release, a certificate number, a
/// request's Idempotency-Key and hashes (SHA-256, hex). A string column with no length of its own takes its name's; a
/// column that differs (a shorter kind, a device's channel) keeps its own length on its entity.
/// </summary>
public static class ColumnLengths
{
    private static readonly Dictionary<string, int> ByName = new(StringComparer.Ordinal)
    {
        ["Name"] = 200, ["ParkName"] = 200, ["ParkRegionCode"] = 6, ["Scheme"] = 80, ["SchemeStatus"] = 40, ["Grade"] = 8,
        ["IdempotencyKey"] = 200, ["LineId"] = 200, ["Channel"] = 20, ["Kind"] = 40, ["Unit"] = 20, ["Status"] = 20,
        ["Prefix"] = 100,
    };

    private static readonly (string Suffix, int Length)[] BySuffix =
    [
        ("By", 200), ("FactorRelease", 80), ("Method", 40), ("Hash", 64), ("Reason", 1000), ("Number", 40),
    ];

    /// <summary>The length a column of this name takes, or null when the name is not one of the platform's words.</summary>
    public static int? For(string name) => ByName.TryGetValue(name, out var length) ? length
        : BySuffix.Where(s => name.EndsWith(s.Suffix, StringComparison.Ordinal)).Select(s => (int?)s.Length).FirstOrDefault();

    /// <summary>Gives every string property of the model's entities that has no length yet its name's length.</summary>
    public static ModelBuilder UseColumnLengths(this ModelBuilder model)
    {
        foreach (var property in model.Model.GetEntityTypes().SelectMany(t => t.GetDeclaredProperties()))
            if (property.ClrType == typeof(string) && property.GetMaxLength() is null && For(property.Name) is { } length)
                property.SetMaxLength(length);
        return model;
    }
}
