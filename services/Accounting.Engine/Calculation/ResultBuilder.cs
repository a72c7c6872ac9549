using CarbonPlatform.Domain.Factors;
using CarbonPlatform.Accounting.Engine.Results;

namespace CarbonPlatform.Accounting.Engine.Calculation;

/// <summary>Turns the sums of a calculation into the response: totals, gases, scope-3
/// categories, the factors used and the result-wide flags.</summary>
internal static class ResultBuilder
{
    public static CalculationResult Build(CalculationContext ctx, string method, LineResult[] lines)
    {
        var s = ctx.Sums;
        var gases = new Dictionary<string, GasTotal>(StringComparer.Ordinal);
        var scope3 = new Dictionary<string, double>(StringComparer.Ordinal);
        Totals totals;
        if (ctx.Ndrc)
        {
            gases[FactorRelease.Co2] = new GasTotal(s.Co2, s.Co2);
            totals = new Totals(null, null, null, null, null, null, null, null, null, null, s.Co2, s.EnergyTce,
                s.EnergyTce > 0 ? s.Co2 / s.EnergyTce : null,
                s.PurchasedMWh > 0 ? s.DirectSupplyMWh / s.PurchasedMWh : null,
                s.InternationalBunkers);
        }
        else
        {
            for (var g = 0; g < s.GasSeen.Length; g++)
                if (s.GasSeen[g]) gases[ctx.Release.Gases[g]] = new GasTotal(s.GasTonnes[g], s.GasCo2e[g]);
            for (var c = 1; c < s.Scope3Seen.Length; c++)
                if (s.Scope3Seen[c]) scope3[c.ToString(System.Globalization.CultureInfo.InvariantCulture)] = s.Scope3ByCategory[c];
            var grossLocation = s.Scope1 + s.Scope2Location + s.Scope3;
            var grossMarket = s.Scope1 + s.Scope2Market + s.Scope3;
            totals = new Totals(s.Scope1, s.Scope2Location, s.Scope2Market, s.Scope3, grossLocation, grossMarket,
                s.Neutralisation, grossMarket - s.Neutralisation,
                Ratio(s.Neutralisation, s.Scope1 + s.Scope2Market), Ratio(s.Neutralisation, grossMarket),
                null, null, null, null, s.InternationalBunkers);
        }
        var (factors, flags) = FactorsUsed(ctx);
        return new CalculationResult(method, ctx.Request.Year!.Value, ctx.Ndrc ? null : ctx.Constants.GwpSet,
            ctx.Release.Name, totals, gases, scope3, lines, factors, flags);
    }

    /// <summary>Neutralisation over emissions; 1 where the emissions are not positive. Not capped.</summary>
    private static double Ratio(double neutralisation, double denominator) =>
        denominator <= 0 ? 1 : neutralisation / denominator;

    private static (List<FactorUse>, List<string>) FactorsUsed(CalculationContext ctx)
    {
        var factors = new List<FactorUse>();
        bool unverified = false, provisional = false;
        for (var i = 0; i < ctx.Release.Count; i++)
        {
            if (!ctx.IsUsed(i)) continue;
            var e = ctx.Release.EntryAt(i);
            var f = e.Factor;
            factors.Add(new FactorUse(f.Id, e.Origin, f.Value, f.Text, f.Unit, f.Source, f.Status));
            unverified |= f.Status == FactorStatuses.Unverified;
            provisional |= f.Status == FactorStatuses.Provisional;
        }
        var flags = new List<string>(2);
        if (unverified) flags.Add(ResultFlags.UnverifiedFactor);
        if (provisional) flags.Add(ResultFlags.ProvisionalFactor);
        return (factors, flags);
    }

    public static bool TotalsAreFinite(Totals t) =>
        IsFinite(t.Scope1) && IsFinite(t.Scope2Location) && IsFinite(t.Scope2Market) && IsFinite(t.Scope3)
        && IsFinite(t.GrossLocation) && IsFinite(t.GrossMarket) && IsFinite(t.Net) && IsFinite(t.Ratio12)
        && IsFinite(t.Ratio123) && IsFinite(t.Co2) && IsFinite(t.EnergyConsumptionTce) && IsFinite(t.Intensity)
        && IsFinite(t.InternationalBunkers) && IsFinite(t.Neutralisation);

    private static bool IsFinite(double? v) => v is not double d || double.IsFinite(d);
}
