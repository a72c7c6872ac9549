using System.Linq.Expressions;

namespace CarbonPlatform.Evaluation.Overview;

/// <summary>
/// A region's parks as an equality on the row's province, prefecture or county code, which an index serves on every
/// provider (a <c>LIKE '32%'</c> with a parameter is not indexed on SQLite, and needs a pattern index on PostgreSQL).
/// </summary>
public static class RegionLevels
{
    public static string Province(string regionCode) => regionCode.Length >= 2 ? regionCode[..2] : regionCode;

    public static string Prefecture(string regionCode) => regionCode.Length >= 4 ? regionCode[..4] : regionCode;

    /// <summary>The rows of parks whose code starts with <paramref name="prefix"/> (a region's significant digits; "" for the country).</summary>
    public static IQueryable<ParkResultRow> InRegion(this IQueryable<ParkResultRow> rows, string prefix) => prefix.Length switch
    {
        0 => rows,
        2 => rows.Where(r => r.ProvinceCode == prefix),
        4 => rows.Where(r => r.PrefectureCode == prefix),
        6 => rows.Where(r => r.ParkRegionCode == prefix),
        _ => rows.Where(r => r.ParkRegionCode.StartsWith(prefix)),
    };

    /// <summary>The column naming a row's child region <paramref name="digits"/> digits long: province, prefecture or county.</summary>
    public static Expression<Func<ParkResultRow, string>> ChildOf(int digits) => digits switch
    {
        2 => r => r.ProvinceCode,
        4 => r => r.PrefectureCode,
        _ => r => r.ParkRegionCode,
    };
}
