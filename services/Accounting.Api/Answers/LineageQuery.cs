using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Accounting.Engine.Results;

namespace CarbonPlatform.Accounting.Answers;

/// <summary>The <c>?lineage=</c> parameter of calculations and inventory reads.</summary>
public static class LineageQuery
{
    public static bool TryRead(string? value, out Lineage lineage, out Refusal? refusal)
    {
        refusal = LineageNames.TryParse(value, out lineage) ? null
            : Refusal.Invalid(LineageNames.Parameter, "unknown-lineage", $"lineage must be {string.Join(", ", LineageNames.All)}; '{value}' is not one of them.");
        return refusal is null;
    }
}
