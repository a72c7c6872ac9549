using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Evaluation.Evaluations;

namespace CarbonPlatform.Evaluation.Overview;

public static class ParkResultsEndpoint
{
    /// <summary>A page of parks, as the portal's region list asks for their results.</summary>
    public const int MaxParkIds = 100;

    public static RouteGroupBuilder MapParkResults(this RouteGroupBuilder api)
    {
        api.MapGet("/park-results", Handle).WithTags("Evaluations").WithName("ListParkResults")
            .WithSummary("The latest result of every park the caller may see (an authority: its region; the national authority 100000: every park), in pages.")
            .WithDescription("One row per park, year and scheme from the overview's read model, filtered, sorted and paged in the database: filter by year, "
                + "scheme, grade, passed, status (current or stale), certification (none, pending, certified, reopened, suspended, revoked), regionCode (a region inside the caller's), text (part of the park's name, or the "
                + "leading digits of its region code) and parkId (repeated, at most 100: the parks of one page of a list such as the registry's); sort by grade, intensity, ratio12, ratio123 or name (values missing last), in pages (limit, cursor).")
            .Answers<Page<ParkResult>>().WithEnumQuery<EvaluationStatus>("status");
        return api;
    }

    private static async Task<IResult> Handle(HttpContext http, EvaluationDb db, CancellationToken ct, int? limit = null, string? cursor = null,
        int? year = null, string? scheme = null, string? grade = null, bool? passed = null, string? status = null, string? regionCode = null,
        string? text = null, string sort = "grade", bool descending = true, string? certification = null, Guid[]? parkId = null)
    {
        if (!ParkResultOrder.Sorts.Contains(sort)) return Problems.Invalid("sort", "unknown-sort", $"sort must be one of {string.Join(", ", ParkResultOrder.Sorts)}.");
        if (ReadFilter(year, scheme, grade, passed, status, regionCode, text, certification, out var filter) is { } invalid) return invalid.ToProblem();
        if (parkId is { Length: > MaxParkIds }) return Problems.Invalid("parkId", "too-many-parks", $"parkId is repeated at most {MaxParkIds} times.");
        if (parkId is { Length: > 0 }) filter = filter with { ParkIds = parkId.Distinct().ToList() };
        if (!PageRequest<ParkResultKey>.TryRead(limit, cursor, out var page, out var badPage)) return badPage.ToProblem();
        if (page.After is { } key && (key.Sort != sort || key.Descending != descending))
            return Problems.Invalid("cursor", "invalid-cursor", "cursor belongs to another sort: keep sort and descending as they were.");

        return Results.Ok(await ReadPageAsync(db, http.Caller(), filter, page, sort, descending, ct));
    }

    /// <summary>One page of the overview as the caller may see it, filtered, sorted and cut in the database.</summary>
    public static async Task<Page<ParkResult>> ReadPageAsync(EvaluationDb db, Caller caller, ParkResultFilter filter, PageRequest<ParkResultKey> page,
        string sort, bool descending, CancellationToken ct)
    {
        var rows = db.ParkResults.AsNoTracking().VisibleTo(caller).Filtered(filter);
        if (page.After is { } after) rows = rows.After(after);
        var fetched = await rows.Sorted(sort, descending).Take(page.Fetch).ToListAsync(ct);
        return page.Finish(fetched, r => ParkResultOrder.KeyOf(r, sort, descending), r => r.View());
    }

    /// <summary>The overview's filters checked: the problem naming the first bad field, or null.</summary>
    public static Refusal? ReadFilter(int? year, string? scheme, string? grade, bool? passed, string? status, string? regionCode, string? text,
        string? certification, out ParkResultFilter filter)
    {
        filter = new(year, scheme, grade, passed, status, null, string.IsNullOrWhiteSpace(text) ? null : text.Trim(), certification);
        if (certification is not null && !ParkResultCertification.Statuses.Contains(certification))
            return Refusal.Invalid("certification", "unknown-certification", $"certification must be one of {string.Join(", ", ParkResultCertification.Statuses)}.");
        if (status is not (null or "current" or "stale")) return Refusal.Invalid("status", "unknown-status", "status must be current or stale.");
        if (grade is { Length: > 8 }) return Refusal.Invalid("grade", "unknown-grade", "grade is AAA, AA, A, B or C.");
        if (scheme is { Length: > 80 }) return Refusal.Invalid("scheme", "unknown-scheme", "scheme is a scheme id of at most 80 characters.");
        if (text is { Length: > 100 }) return Refusal.Invalid("text", "text-too-long", "text is at most 100 characters.");
        if (regionCode is not null)
        {
            if (RegionCodes.Prefix(regionCode) is not { } prefix)
                return Refusal.Invalid("regionCode", "invalid-region-code", "regionCode must be a six-digit GB/T 2260 code such as 320000 (100000: the country).");
            filter = filter with { RegionPrefix = prefix };
        }
        return null;
    }

    public static ParkResult View(this ParkResultRow r) => new(r.ParkId, r.ParkName, r.ParkRegionCode, r.Year,
        r.Scheme, StoredSchemeStatus.ForContract(r.SchemeStatus), r.Grade, r.Passed, r.ManagementScore, r.Ratio12, r.Ratio123, r.Intensity,
        r.NewestInventoryVersion > r.InventoryVersion ? EvaluationStatus.Stale : EvaluationStatus.Current, r.EvaluationId, r.InventoryVersion,
        r.FactorRelease, DateTime.SpecifyKind(r.EvaluatedAt, DateTimeKind.Utc), r.Emissions, r.Neutralisation,
        ParkResultCertification.Parse(r.Certification));
}
