using CarbonPlatform.Portal.Platform;

namespace CarbonPlatform.Portal.Region;

/// <summary>
/// One page of the region's parks as /region shows them: the registry's page (by name, the text matched there), each park
/// with its newest result of the year asked (or of any year) from the overview, asked for those parks only, and the grade
/// chart from the overview's aggregate. Nothing here grows with the number of parks in the region; sorting and filtering by
/// grade across the region is the overview's (/region/overview), which does it in the database.
/// </summary>
public sealed record RegionPage(IReadOnlyList<RegionRow> Rows, string? NextCursor, IReadOnlyList<(string Grade, int Parks)> Distribution)
{
    public const int Size = 50;

    public static async Task<RegionPage> LoadAsync(PlatformApi api, string? text, int? year, string? cursor, CancellationToken ct = default)
    {
        var yearFilter = year is { } y ? "year=" + y : "";
        var distribution = api.GetAsync<GradeDistribution>("api/v1/park-results/distribution" + (year is null ? "" : "?" + yearFilter), ct);
        var parks = await api.GetAsync<ApiPage<ParkView>>(ParksPath(text, cursor), ct) ?? new ApiPage<ParkView>([], null);
        var results = parks.Items.Count == 0 ? [] : await api.GetAllAsync<ParkResult>(ResultsPath(parks.Items.Select(p => p.Id), yearFilter), ct) ?? [];
        var latest = results.GroupBy(r => r.ParkId).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Year).First());
        var rows = parks.Items.Select(p => new RegionRow(p, latest.GetValueOrDefault(p.Id), null)).ToList();
        return new RegionPage(rows, parks.NextCursor, Grades(await distribution));
    }

    public static string ParksPath(string? text, string? cursor) =>
        $"api/v1/parks?limit={Size}" + (string.IsNullOrWhiteSpace(text) ? "" : "&text=" + Uri.EscapeDataString(text.Trim()))
        + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor));

    public static string ResultsPath(IEnumerable<Guid> parks, string yearFilter) =>
        "api/v1/park-results?sort=name&" + string.Join("&", parks.Select(p => "parkId=" + p)) + (yearFilter.Length > 0 ? "&" + yearFilter : "");

    /// <summary>The graded results counted by the overview, best first, then those evaluated without a grade.</summary>
    public static IReadOnlyList<(string Grade, int Parks)> Grades(GradeDistribution? d) => d is null ? []
        : RegionRow.Distribution(d, d.Total.Parks);
}
