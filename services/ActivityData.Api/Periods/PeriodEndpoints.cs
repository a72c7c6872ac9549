namespace CarbonPlatform.ActivityData.Periods;

public static class PeriodEndpoints
{
    public static RouteGroupBuilder MapPeriods(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/parks/{parkId:guid}/periods/{year:int}").WithTags("Reporting periods");
        group.MapGet("/", Get).WithName("GetReportingPeriod")
            .WithSummary("Where the park's reporting year stands: open, submitted or locked, and who moved it.")
            .WithDescription("A year never moved is open. The ETag is the period's version, for If-Match on submission and lock.")
            .Answers<PeriodView>().WithEntityTag();
        group.MapPost("/submission", ChangePeriod.Submit).WithName("SubmitReportingPeriod")
            .WithSummary("Submits the year's data (open → submitted); anyone who may record the park's data.")
            .WithDescription("A move the period's status does not allow is 409. ReportingPeriodChanged is published.")
            .Answers<PeriodView>().Produces(StatusCodes.Status409Conflict).WithIfMatch();
        group.MapPost("/lock", ChangePeriod.Lock).WithName("LockReportingPeriod")
            .WithSummary("Locks the year for certification (submitted → locked; platform administrator or the operator's admin). "
                + "Batches, corrections and imports into a locked year are refused with 409 period-locked.")
            .WithDescription("A move the period's status does not allow is 409. ReportingPeriodChanged is published.")
            .Answers<PeriodView>().Produces(StatusCodes.Status409Conflict).WithIfMatch();
        return api;
    }

    private static async Task<IResult> Get(Guid parkId, int year, HttpContext http, ActivityDb db, IParkDirectory parks, CancellationToken ct)
    {
        var access = await parks.ForReadingAsync(http.Caller(), parkId, ct);
        if (!access.Granted) return access.Refusal.ToProblem();
        var park = access.Park;
        var period = await db.Periods.AsNoTracking().FirstOrDefaultAsync(p => p.ParkId == parkId && p.Year == year, ct);
        var facts = await HoldStore.FactsOfYearAsync(db, parkId, year, ct);
        http.SetEntityTag(ChangePeriod.Tag(period, facts));
        return Results.Ok(ChangePeriod.View(parkId, year, period, facts));
    }
}
