using CarbonPlatform.Portal.Platform;

namespace CarbonPlatform.Portal.Region;

/// <summary>What the region page asks for: text, grade, year and the sort, as its GET form and sort links carry them.</summary>
public sealed record RegionQuery(string? Text, string? Grade, int? Year, string Sort, bool Descending);

/// <summary>Every park of the region for the XLSX export (a whole-region dump, read page by page), filtered and sorted as asked.</summary>
public sealed record RegionTable(IReadOnlyList<RegionRow> Rows, IReadOnlyList<(string Grade, int Parks)> Distribution)
{
    public static async Task<RegionTable> LoadAsync(PlatformApi api, string? regionCode, RegionQuery query, CancellationToken ct = default)
    {
        var year = query.Year is { } y ? "?year=" + y : "";
        var parks = api.GetAllAsync<ParkView>("api/v1/parks", ct);
        // The overview's pages, filtered by year in the database; for one year the chart's counts come from the aggregate, not the rows
        // (across years a park counts once, with its latest result, which only the joined rows know).
        var results = api.GetAllAsync<ParkResult>("api/v1/park-results" + year, ct);
        var distribution = query.Year is null ? Task.FromResult<GradeDistribution?>(null)
            : api.GetAsync<GradeDistribution>("api/v1/park-results/distribution" + year, ct);
        var applications = api.GetAllAsync<ApplicationView>("api/v1/certification-applications", ct);
        // The public register of the region, in pages, gives every certificate's status.
        var register = api.GetAllAsync<CertificateView>("api/v1/certificates?status=all" + (regionCode is { } code ? "&regionCode=" + code : ""), ct);
        await Task.WhenAll(parks, results, distribution, applications, register);
        var statuses = (register.Result ?? []).ToDictionary(c => c.Number, c => c.Status);
        var all = RegionRow.Join(parks.Result ?? [], results.Result ?? [], applications.Result ?? [], statuses, query.Year);
        var rows = RegionRow.Sort(RegionRow.Filter(all, query.Grade, query.Text), query.Sort, query.Descending).ToList();
        return new RegionTable(rows, distribution.Result is { } d ? RegionRow.Distribution(d, all.Count) : RegionRow.Distribution(all));
    }
}
