using CarbonPlatform.Portal.Platform;

namespace CarbonPlatform.Portal.Region;

/// <summary>What the region page asks for: text, grade, year and the sort, as its GET form and sort links carry them.</summary>
public sealed record RegionQuery(string? Text, string? Grade, int? Year, string Sort, bool Descending);

/// <summary>The region's parks as the page and its XLSX export show them: the same reads, the same filter and sort.</summary>
public sealed record RegionTable(IReadOnlyList<RegionRow> Rows, IReadOnlyList<(string Grade, int Parks)> Distribution)
{
    public static async Task<RegionTable> LoadAsync(PlatformApi api, string? regionCode, RegionQuery query, CancellationToken ct = default)
    {
        var parks = api.GetAllAsync<ParkView>("api/v1/parks", ct);
        var results = api.GetAsync<List<ParkResult>>("api/v1/park-results", ct);
        var applications = api.GetAllAsync<ApplicationView>("api/v1/certification-applications", ct);
        // One read of the public register for the region gives every certificate's status.
        var register = api.GetAsync<List<CertificateView>>("api/v1/certificates?status=all" + (regionCode is { } code ? "&regionCode=" + code : ""), ct);
        await Task.WhenAll(parks, results, applications, register);
        var statuses = (register.Result ?? []).ToDictionary(c => c.Number, c => c.Status);
        var all = RegionRow.Join(parks.Result ?? [], results.Result ?? [], applications.Result ?? [], statuses, query.Year);
        var rows = RegionRow.Sort(RegionRow.Filter(all, query.Grade, query.Text), query.Sort, query.Descending).ToList();
        return new RegionTable(rows, RegionRow.Distribution(all));
    }
}
