using CarbonPlatform.Domain;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Accounting.Engine.Calculation;

/// <summary>Green electricity is a part of the purchased electricity, so it cannot exceed it.</summary>
internal static class GreenElectricityCheck
{
    public static void Check(CalculationContext ctx, IReadOnlyList<ActivityLine> lines)
    {
        var purchased = ctx.Sums.PurchasedMWh;
        // The tolerance absorbs unit-conversion rounding (e.g. 100 MWh bought, 100000 kWh certified).
        var limit = purchased * (1 + 1e-12) + 1e-9;
        if (ctx.Sums.GreenMWh <= limit) return;
        // Name the green line at which the running sum passes the purchased total.
        var green = 0.0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind != ActivityKind.GreenElectricity || line.Quantity is not double q) continue;
            if (Units.Parse(line.Unit, out var toMWh) != UnitFamily.Energy) continue;
            green += q * toMWh;
            if (green <= limit) continue;
            ctx.Errors.AddForLine(line.Id, i, "quantity", ErrorCodes.GreenExceedsPurchased,
                $"green electricity ({ctx.Sums.GreenMWh} MWh in all) exceeds the purchased electricity ({purchased} MWh)");
            return;
        }
    }
}
