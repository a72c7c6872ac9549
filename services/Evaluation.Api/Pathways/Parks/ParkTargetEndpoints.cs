using CarbonPlatform.Evaluation.Engine.Schemes;
using CarbonPlatform.Evaluation.Schemes;
using CarbonPlatform.Pathways.Engine.Scenarios;

namespace CarbonPlatform.Evaluation.Pathways.Parks;

/// <summary>A park's target: what grade (or pass) under which scheme version, by which year, from which baseline year.</summary>
public sealed record ParkTargetRequest(string Scheme, int? SchemeVersion, string? Grade, int Year, int BaselineYear);

public sealed record ParkTargetView(Guid ParkId, string Scheme, int SchemeVersion, string? Grade, int Year, int BaselineYear, string SetBy, DateTime SetAt);

public static class ParkTargetEndpoints
{
    public static RouteGroupBuilder MapParkTargets(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/parks/{parkId:guid}/pathway-target").WithTags("Pathways");
        group.MapPut("/", Put).WithName("SetPathwayTarget")
            .WithSummary("Sets the park's target: a scheme version, a grade (or a pass for the 910 family), the year to reach it and the baseline year.")
            .WithDescription("The park's operator (administrator or data entry). Replaces the previous target; stored scenarios are projected against it.")
            .WithRequest(new ParkTargetRequest("cers-2025-provisional", null, "AA", 2030, 2025)).Answers<ParkTargetView>().Produces(StatusCodes.Status409Conflict);
        group.MapGet("/", Get).WithName("GetPathwayTarget").WithSummary("The park's target.")
            .WithDescription("For whoever may read the park (its operator, the regional authority, its certification bodies).").Answers<ParkTargetView>();
        return api;
    }

    private static async Task<IResult> Put(Guid parkId, JsonElement body, HttpContext http, IParkDirectory parks, SchemeRegistry registry,
        EvaluationDb db, CancellationToken ct)
    {
        var caller = http.Caller();
        var access = await parks.ForWritingAsync(caller, parkId, ct);
        if (!access.Granted) return access.Refusal.ToProblem();
        ParkTargetRequest? request;
        try { request = body.Deserialize<ParkTargetRequest>(JsonSerializerOptions.Web); }
        catch (JsonException e) { return Problems.Invalid("body", "invalid-type", e.Message); }
        if (request?.Scheme is null) return Problems.Invalid("scheme", "missing-field", "scheme is required, e.g. cers-2025-provisional.");
        var scheme = await registry.FindAsync(request.Scheme, request.SchemeVersion, db, ct);
        if (scheme is null) return Problems.Invalid("scheme", "unknown-scheme", $"There is no scheme '{request.Scheme}'.");
        var graded = scheme.Result == ResultKind.Grades;
        var grade = request.Grade == "pass" ? null : request.Grade;
        if (graded && (grade is null || Target.Rank(scheme, grade) < 0))
            return Problems.Invalid("grade", "unknown-grade", $"grade must be one of {string.Join(", ", scheme.Grades.Select(g => g.Grade))}.");
        if (!graded && grade is not null) return Problems.Invalid("grade", "unknown-grade", $"{scheme.Id} is pass or fail: grade is \"pass\" or left out.");
        if (request.BaselineYear is < 1900 or > 2100) return Problems.Invalid("baselineYear", "out-of-range", "baselineYear must be a calendar year.");
        if (request.Year < request.BaselineYear || request.Year > request.BaselineYear + ScenarioReader.MaxHorizonYears)
            return Problems.Invalid("year", "out-of-range", $"year must be from the baseline year to {ScenarioReader.MaxHorizonYears} years after it.");

        var target = await db.PathwayTargets.FirstOrDefaultAsync(t => t.ParkId == parkId, ct);
        var isNew = target is null;
        if (target is null)
        {
            target = new PathwayTargetRecord { ParkId = parkId, ParkRegionCode = access.Park.RegionCode, Scheme = scheme.Id, SetBy = caller.Subject };
            db.PathwayTargets.Add(target);
        }
        target.OperatorOrganizationId = access.Park.OperatorOrganizationId;
        target.Scheme = scheme.Id;
        target.SchemeVersion = scheme.Version;
        target.Grade = grade;
        target.Year = request.Year;
        target.BaselineYear = request.BaselineYear;
        target.SetBy = caller.Subject;
        target.SetAt = DateTime.UtcNow;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (isNew)
        {
            // Another request set the park's first target at the same moment: the key refused this one.
            return Problems.Conflict("parkId", "concurrent-change", "The park's target was set at the same time; read it again and retry if the change still applies.");
        }
        return Results.Ok(View(target));
    }

    private static async Task<IResult> Get(Guid parkId, HttpContext http, IParkDirectory parks, EvaluationDb db, CancellationToken ct)
    {
        if ((await parks.ForReadingAsync(http.Caller(), parkId, ct)).Refusal is { } refusal) return refusal.ToProblem();
        var target = await db.PathwayTargets.AsNoTracking().FirstOrDefaultAsync(t => t.ParkId == parkId, ct);
        return target is null ? Problems.NotFound("The park's pathway target") : Results.Ok(View(target));
    }

    public static ParkTargetView View(PathwayTargetRecord t) =>
        new(t.ParkId, t.Scheme, t.SchemeVersion, t.Grade, t.Year, t.BaselineYear, t.SetBy, DateTime.SpecifyKind(t.SetAt, DateTimeKind.Utc));
}
