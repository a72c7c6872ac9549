using CarbonPlatform.Evaluation.Engine.Inputs;
using static CarbonPlatform.Evaluation.Engine.Schemes.IndicatorKind;

namespace CarbonPlatform.Evaluation.Engine.Schemes;

/// <summary>An indicator code the platform knows how to obtain a value for.</summary>
/// <param name="MaxValue">Largest meaningful value (1 for shares, 100 for M); null when unbounded.</param>
/// <param name="NeutralisedShareOf">For a neutralisation ratio: the figure it divides N by, so that a gap can be told in tonnes.</param>
/// <param name="NeverExceeds">An indicator whose value is always at least this one's (ratio123 ≤ ratio12, since scope 3 ≥ 0),
/// so that "this ≥ t" implies "that ≥ t" when grade rules are checked for consistency.</param>
public sealed record KnownIndicator(
    string Code,
    IndicatorKind Kind,
    ValueSource Source,
    string? Figure = null,
    decimal? MaxValue = null,
    string? NeutralisedShareOf = null,
    string? NeverExceeds = null);

/// <summary>
/// The codes a scheme definition may use. Thresholds, weights and rules are data; what each code
/// measures (and so where its value comes from) is fixed here, so a typo in a published scheme is refused.
/// </summary>
public static class IndicatorRegistry
{
    private static readonly KnownIndicator[] KnownIndicators =
    [
        new("CORE", Number, ValueSource.Inventory, InventoryFigureNames.Intensity),
        new("G1", Ratio, ValueSource.Declared, MaxValue: 1m),
        new("G2", YesNo, ValueSource.Declared),
        new("G3", Ratio, ValueSource.Declared, MaxValue: 1m),
        new("G4", Ratio, ValueSource.Declared, MaxValue: 1m),
        new("G5", Ratio, ValueSource.Declared, MaxValue: 1m),
        new("D1", Ratio, ValueSource.Inventory, InventoryFigureNames.GreenDirectSupplyShare, MaxValue: 1m),
        new("R12", Ratio, ValueSource.Inventory, InventoryFigureNames.Ratio12, NeutralisedShareOf: InventoryFigureNames.Scope1And2Market),
        new("R123", Ratio, ValueSource.Inventory, InventoryFigureNames.Ratio123, NeutralisedShareOf: InventoryFigureNames.GrossMarket, NeverExceeds: "R12"),
        new("S3", YesNo, ValueSource.Inventory, InventoryFigureNames.Scope3Reported),
        new("M", Number, ValueSource.ManagementScore, MaxValue: 100m),
    ];

    private static readonly Dictionary<string, IndicatorKind> KnownManagementItems = new(StringComparer.Ordinal)
    {
        ["P1"] = YesNo, ["P2"] = Ratio, ["P3"] = Ratio, ["P4"] = YesNo, ["P5"] = YesNo,
        ["L1"] = Ratio, ["L2"] = Number, ["L3"] = Ratio, ["L4"] = YesNo, ["L5"] = YesNo,
    };

    public static IReadOnlyList<KnownIndicator> Indicators => KnownIndicators;

    public static IReadOnlyCollection<string> ManagementItemCodes => KnownManagementItems.Keys;

    public static KnownIndicator? FindIndicator(string code) =>
        KnownIndicators.FirstOrDefault(k => string.Equals(k.Code, code, StringComparison.Ordinal));

    public static IndicatorKind? FindManagementItemKind(string code) =>
        KnownManagementItems.TryGetValue(code, out var kind) ? kind : null;
}
