namespace CarbonPlatform.Evaluation.Engine.Tests.Support;

/// <summary>Request fragments used by several tests.</summary>
internal static class Requests
{
    /// <summary>Every guiding indicator of ndrc-910-2025 met, as in vector e01.</summary>
    public const string AllGuidingMet910 = """{ "G1": 0.93, "G2": true, "G3": 0.85, "G4": 0.55, "G5": 0.81 }""";

    /// <summary>Management of vectors e06 and e08: M = 97.45.</summary>
    public const string StrongManagement = """
        { "P1": true, "P2": 0.95, "P3": 0.9, "P4": true, "P5": true, "L1": 1.0, "L2": 6, "L3": 0.92, "L4": true, "L5": true }
        """;

    /// <summary>Management of vector e07: M = 64.00.</summary>
    public const string MiddlingManagement = """
        { "P1": true, "P2": 0.6, "P3": 0.5, "P4": true, "P5": false, "L1": 0.8, "L2": 3, "L3": 0.5, "L4": true, "L5": false }
        """;

    /// <summary>
    /// Management of cers-2025-provisional scoring exactly <paramref name="points"/>: whole items taken greedily
    /// (P1, L1, P2 at 15; P4, P5 at 10; L4, L5 at 5), the rest from P3 and L3 (ratio × 10) and L2 (years × 1),
    /// so that every value is an exact decimal.
    /// </summary>
    public static string ManagementScoring(decimal points)
    {
        var whole = new (string Code, decimal Weight, bool Ratio)[]
        {
            ("P1", 15, false), ("L1", 15, true), ("P2", 15, true), ("P4", 10, false), ("P5", 10, false), ("L4", 5, false), ("L5", 5, false),
        };
        var parts = new List<string>();
        var left = points;
        foreach (var (code, weight, ratio) in whole)
        {
            var take = left >= weight;
            parts.Add($"\"{code}\": {(ratio ? (take ? "1" : "0") : (take ? "true" : "false"))}");
            left -= take ? weight : 0;
        }

        foreach (var code in new[] { "P3", "L3" })
        {
            var share = Math.Min(left / 10m, 1m);
            parts.Add($"\"{code}\": {share.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            left -= share * 10m;
        }

        parts.Add($"\"L2\": {left.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        return "{ " + string.Join(", ", parts) + " }";
    }
}
