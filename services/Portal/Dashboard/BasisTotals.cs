using CarbonPlatform.Portal.Platform;

namespace CarbonPlatform.Portal.Dashboard;

/// <summary>
/// The gross figure on both bases, and net, which is always market-based (net = grossMarket − neutralisation): where the
/// market-based gross exceeds the location-based one by more than the neutralisation, net exceeds gross (location-based).
/// </summary>
public sealed record BasisTotals(double? GrossLocation, double? GrossMarket, double? Net)
{
    public static BasisTotals Of(InventoryTotals totals) => new(totals.GrossLocation, totals.GrossMarket, totals.Net);

    /// <summary>Both bases are shown when they differ by more than the figures' rounding.</summary>
    public bool Differ => GrossLocation is { } l && GrossMarket is { } m && Math.Abs(l - m) >= 0.005;

    public bool NetAboveGrossLocation => Net is { } n && GrossLocation is { } l && n > l;
}
