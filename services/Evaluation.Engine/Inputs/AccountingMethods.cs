using static CarbonPlatform.Evaluation.Engine.Inputs.InventoryFigureNames;

namespace CarbonPlatform.Evaluation.Engine.Inputs;

/// <summary>The accounting methods of accounting.md and the figures each one defines.</summary>
public static class AccountingMethods
{
    public const string Cers2025 = "cers-2025";
    public const string Ndrc910 = "ndrc-910-2025";

    private static readonly Dictionary<string, string[]> FiguresByMethod = new(StringComparer.Ordinal)
    {
        [Cers2025] = OfCers2025,
        [Ndrc910] = OfNdrc910,
    };

    public static IReadOnlyCollection<string> All => FiguresByMethod.Keys;

    public static bool IsKnown(string method) => FiguresByMethod.ContainsKey(method);

    public static bool Defines(string method, string figure) =>
        FiguresByMethod.TryGetValue(method, out var figures) && figures.Contains(figure, StringComparer.Ordinal);
}
