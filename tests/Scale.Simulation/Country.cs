namespace CarbonPlatform.Scale.Simulation;

/// <summary>
/// The zones of the simulated country: the 31 provinces by their real GB/T 2260 codes, one of them (Jiangsu, 320000) with a
/// large province's share, the rest spread evenly; prefecture and county digits are made up inside each province.
/// </summary>
public sealed record Zone(Guid ParkId, Guid OperatorId, string Name, string RegionCode);

public static class Country
{
    public static readonly string[] Provinces =
    [
        "110000", "120000", "130000", "140000", "150000", "210000", "220000", "230000", "310000", "320000", "330000", "340000", "350000",
        "360000", "370000", "410000", "420000", "430000", "440000", "450000", "460000", "500000", "510000", "520000", "530000", "540000",
        "610000", "620000", "630000", "640000", "650000",
    ];

    public const string LargeProvince = "320000";

    /// <summary><paramref name="zones"/> zones: the large province gets <paramref name="large"/> (or a fair share when fewer), the others the rest in turn.</summary>
    public static IEnumerable<Zone> Zones(int zones, int large, int seed = 18)
    {
        var random = new Random(seed);
        var largeCount = Math.Min(large, zones / 9 + 1);
        var others = Provinces.Where(p => p != LargeProvince).ToArray();
        for (var i = 0; i < zones; i++)
        {
            var province = i < largeCount ? LargeProvince : others[(i - largeCount) % others.Length];
            var code = province[..2] + (1 + random.Next(13)).ToString("00") + (1 + random.Next(30)).ToString("00");
            yield return new Zone(Guid.NewGuid(), Guid.NewGuid(), $"开发区 {province[..2]}-{i:0000}", code);
        }
    }
}
