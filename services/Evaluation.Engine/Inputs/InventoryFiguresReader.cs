using System.Text.Json;
using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Evaluation.Engine.Inputs;

public sealed record InventoryFiguresReadResult(InventoryFigures? Figures, IReadOnlyList<InputError> Errors)
{
    public bool IsValid => Errors.Count == 0 && Figures is not null;
}

/// <summary>
/// Takes <see cref="InventoryFigures"/> from an accounting result in the API's JSON shape
/// (<c>POST /api/v1/calculations</c> response or a park inventory): <c>method</c>, <c>year</c>,
/// <c>totals</c>, and the <c>lines</c> to tell whether scope 3 is reported.
/// </summary>
public static class InventoryFiguresReader
{
    public static InventoryFiguresReadResult Read(JsonElement inventory, string field = "inventory")
    {
        var errors = new List<InputError>();
        if (inventory.ValueKind != JsonValueKind.Object)
        {
            return new(null, [InputError.For(field, "not-an-object", "The inventory must be an object.")]);
        }

        var method = inventory.TryGetProperty("method", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        if (string.IsNullOrEmpty(method))
        {
            errors.Add(InputError.For($"{field}.method", "missing", "The inventory names no method."));
        }

        int? year = inventory.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number && y.TryGetInt32(out var yy) ? yy : null;
        if (year is null)
        {
            errors.Add(InputError.For($"{field}.year", "missing", "The inventory names no year."));
        }

        if (!inventory.TryGetProperty("totals", out var totals) || totals.ValueKind != JsonValueKind.Object)
        {
            errors.Add(InputError.For($"{field}.totals", "missing", "The inventory has no totals object."));
            return new(null, errors);
        }

        var t = new TotalsReader(totals, $"{field}.totals", errors);
        var scope1 = t.Number("scope1");
        var scope2Market = t.Number("scope2Market");
        var figures = new InventoryFigures
        {
            Method = method ?? "",
            Year = year ?? 0,
            Ratio12 = t.Number("ratio12"),
            Ratio123 = t.Number("ratio123"),
            Scope1And2Market = scope1 + scope2Market,
            GrossMarket = t.Number("grossMarket"),
            Neutralisation = t.Number("neutralisation"),
            Scope3Reported = Scope3Reported(inventory, t.Number("scope3")),
            Co2 = t.Number("co2"),
            EnergyConsumptionTce = t.Number("energyConsumptionTce"),
            Intensity = t.Number("intensity"),
            GreenDirectSupplyShare = t.Number("greenDirectSupplyShare"),
        };
        return new(errors.Count == 0 ? figures : null, errors);
    }

    // "At least one scope-3 line"; without lines, the per-category breakdown or the scope-3 total stands in.
    private static bool Scope3Reported(JsonElement inventory, decimal? scope3Total)
    {
        if (inventory.TryGetProperty("lines", out var lines) && lines.ValueKind == JsonValueKind.Array)
        {
            return lines.EnumerateArray().Any(IsIncludedScope3Line);
        }

        if (inventory.TryGetProperty("scope3Categories", out var categories) && categories.ValueKind == JsonValueKind.Object)
        {
            return categories.EnumerateObject().Any();
        }

        return scope3Total > 0;
    }

    private static bool IsIncludedScope3Line(JsonElement line)
    {
        if (line.ValueKind != JsonValueKind.Object || !line.TryGetProperty("scope", out var scope))
        {
            return false;
        }

        var isScope3 = scope.ValueKind switch
        {
            JsonValueKind.Number => scope.TryGetInt32(out var s) && s == 3,
            JsonValueKind.String => scope.GetString() is "3" or "scope3" or "scope-3",
            _ => false,
        };
        var excluded = line.TryGetProperty("excluded", out var e) && e.ValueKind == JsonValueKind.True;
        return isScope3 && !excluded;
    }

    private sealed class TotalsReader(JsonElement totals, string field, List<InputError> errors)
    {
        public decimal? Number(string name)
        {
            if (!totals.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
            {
                return number;
            }

            errors.Add(InputError.For($"{field}.{name}", "wrong-type", $"totals.{name} must be a number or null."));
            return null;
        }
    }
}
