using CarbonPlatform.ActivityData.Approval;


namespace CarbonPlatform.ActivityData.Records;

public static class RecordEndpoints
{
    public static RouteGroupBuilder MapActivityRecords(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/parks/{parkId:guid}/activity-records").WithTags("Activity data");
        group.MapPost("/", RecordBatch.Handle).WithName("RecordActivityBatch")
            .WithSummary("Records a batch of activity lines for a year, all or nothing; an Idempotency-Key makes a retry safe.")
            .WithDescription("The operator's administrator or data entry, or an enterprise's data entry for its own sources' lines (each line names "
                + "its sourceId). While the park requires approval the batch answers status submitted and counts only once approved. Every invalid line and field is reported at once and nothing is stored. "
                + "A repeated Idempotency-Key with the same body answers the first batch; with another body 409. A locked year is 409 period-locked. "
                + "ActivityBatchRecorded is published and accounting recomputes the inventory.")
            .WithRequest(new ActivityBatchRequest(2025,
            [
                new("gas", ActivityKind.FuelCombustion, 120.5, "10^4Nm3", Fuel: "natural-gas"),
                new("grid", ActivityKind.PurchasedElectricity, 5000, "MWh"),
                new("logistics", ActivityKind.Scope3, 300, "tCO2e", Category: 4),
            ]))
            .Answers<RecordedBatch>(StatusCodes.Status202Accepted).Produces(StatusCodes.Status409Conflict);
        group.MapGet("/", List).WithName("ListActivityRecords")
            .WithSummary("The park's recorded activity lines of a year; with status=submitted (or returned, approved) the batches kept for approval instead.")
            .WithDescription("For whoever may read the park (an enterprise: the lines of its own sources); in the order recorded, in pages (limit up to 1000, the default; cursor). "
                + "year is required without status. With status the answer's items are empty and submissions lists the batches and corrections in that "
                + "status, newest first, each with its lines and previewed tCO2e (as …/activity-records/submissions answers them; year optional); a submitted "
                + "batch has no recorded lines yet.").Answers<ActivityRecordList>();
        return api;
    }

    private static async Task<IResult> List(Guid parkId, int? year, string? status, int? limit, string? cursor, HttpContext http, ActivityDb db,
        IParkDirectory parks, IFactorReleaseProvider releases, CancellationToken ct)
    {
        if (status is not null)
        {
            if (!PageRequest<TimeKey>.TryRead(limit, cursor, out var submissions, out var invalid)) return invalid.ToProblem();
            var (submitted, refused) = await Submissions.ReadAsync(parkId, status, year, submissions, http, db, parks, releases, ct);
            return refused?.ToProblem() ?? Results.Ok(new ActivityRecordList(parkId, year, [], submitted!.NextCursor, submitted.Items));
        }
        if (year is not { } y) return Problems.Invalid("year", "missing-field", "?year= names the year whose recorded lines to list (or ?status= the submissions).");
        if (!PageRequest<SequenceKey>.TryRead(limit, cursor, out var page, out var badPage, defaultLimit: PageLimits.Max)) return badPage.ToProblem();
        var caller = http.Caller();
        var access = caller.IsEnterprise
            ? await parks.ForEnterpriseAsync(caller, parkId, writing: false, ct)
            : await parks.ForReadingAsync(caller, parkId, ct);
        if (!access.Granted) return access.Refusal.ToProblem();
        var from = page.After?.Sequence ?? 0;
        var query = db.Records.AsNoTracking().Where(r => r.ParkId == parkId && r.Year == y && r.Id > from);
        if (caller.IsEnterprise) query = query.OwnedBy(db, caller.EnterpriseId!.Value);
        var records = await query.OrderBy(r => r.Id).Take(page.Fetch).ToListAsync(ct);
        var lines = page.Finish(records, r => new SequenceKey(r.Id), r => r.View());
        return Results.Ok(new ActivityRecordList(parkId, year, lines.Items, lines.NextCursor));
    }
}
