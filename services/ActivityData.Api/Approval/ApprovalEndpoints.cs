namespace CarbonPlatform.ActivityData.Approval;

/// <summary>Maker–checker: the park's settings, the submitted batches and the decisions on them.</summary>
public static class ApprovalEndpoints
{
    public static RouteGroupBuilder MapApproval(this RouteGroupBuilder api)
    {
        var settings = api.MapGroup("/parks/{parkId:guid}/settings").WithTags("Activity data");
        settings.MapGet("/", ParkSettingsEndpoints.Get).WithName("GetParkSettings")
            .WithSummary("The park's data-collection settings: whether batches need approval (maker–checker).").Answers<ParkSettingsView>();
        settings.MapPut("/", ParkSettingsEndpoints.Put).WithName("ChangeParkSettings")
            .WithSummary("Switches approval of the park's batches on or off (the operator's administrator); the change is a ledger entry.")
            .WithRequest(new ParkSettingsRequest(true)).Answers<ParkSettingsView>();

        var records = api.MapGroup("/parks/{parkId:guid}/activity-records").WithTags("Activity data");
        records.MapGet("/submissions", Submissions.List).WithName("ListSubmittedBatches")
            .WithSummary("Batches written while approval was required: status submitted (pending, the default), approved or returned, with their effect previewed.")
            .WithDescription("The operator sees every one; an enterprise its own. Newest first, in pages (limit, cursor); year filters.")
            .Answers<SubmissionList>();
        records.MapPost("/{batchId:guid}/approval", DecideOne).WithName("DecideSubmittedBatch")
            .WithSummary("Approves or returns a submitted batch (operator administrator or operator-reviewer; never its submitter).")
            .WithDescription("approve records it as written (ActivityBatchRecorded; its ledger entries name the approver); return needs a reason "
                + "and is a ledger entry; the batch never counts. A batch already decided is 409 already-decided; the submitter 403 approver-is-submitter.")
            .WithRequest(new ApprovalRequest(ApprovalDecision.Approve, null)).Answers<ApprovalOutcome>()
            .Produces(StatusCodes.Status409Conflict);
        records.MapPost("/approvals", DecideMany).WithName("DecideSubmittedBatches")
            .WithSummary("The same decision on several submitted batches (up to 100): each is decided on its own; the answer says which were refused and why.")
            .WithRequest(new ApprovalsRequest([Guid.Empty], ApprovalDecision.Return, "月度电量与发票不符，请核对后重新提交。")).Answers<ApprovalsOutcome>();
        return api;
    }

    private static async Task<IResult> DecideOne(Guid parkId, Guid batchId, JsonElement body, HttpContext http, ActivityDb db, IParkDirectory parks,
        IFactorReleaseProvider releases, CancellationToken ct)
    {
        var (park, by, refusal) = await ReviewerAsync(parkId, http, parks, ct);
        if (refusal is not null) return refusal.ToProblem();
        var (request, errors) = ApprovalRequests.ReadOne(body);
        if (request is null) return Problems.Invalid(errors, "The decision is invalid; nothing was decided.");
        var (outcome, refused) = await DecideBatch.DecideAsync(db, park!, by!, batchId, request.Decision, request.Reason, releases, ct);
        return refused is not null ? refused.ToRefusal().ToProblem() : Results.Ok(outcome);
    }

    private static async Task<IResult> DecideMany(Guid parkId, JsonElement body, HttpContext http, ActivityDb db, IParkDirectory parks,
        IFactorReleaseProvider releases, CancellationToken ct)
    {
        var (park, by, refusal) = await ReviewerAsync(parkId, http, parks, ct);
        if (refusal is not null) return refusal.ToProblem();
        var (request, errors) = ApprovalRequests.ReadMany(body);
        if (request is null) return Problems.Invalid(errors, "The decision is invalid; nothing was decided.");
        var items = new List<ApprovalItem>();
        foreach (var id in request.BatchIds)
        {
            var (outcome, refused) = await DecideBatch.DecideAsync(db, park!, by!, id, request.Decision, request.Reason, releases, ct);
            items.Add(outcome is not null ? new ApprovalItem(id, outcome.Status, null, null, null)
                : new ApprovalItem(id, null, refused!.Status, refused.Code, refused.Message));
        }
        return Results.Ok(new ApprovalsOutcome(items));
    }

    private static async Task<(ParkScope?, Decider?, Refusal?)> ReviewerAsync(Guid parkId, HttpContext http, IParkDirectory parks, CancellationToken ct)
    {
        var caller = http.Caller();
        var (park, refusal) = await parks.ForReadingAsync(caller, parkId, ct);
        if (refusal is not null) return (null, null, refusal);
        return Reviewers.MayDecide(caller, park!)
            ? (park, new Decider(caller, Channels.Of(http.User)), null)
            : (null, null, Refusal.Forbidden("Only the park operator's administrator or reviewer approves or returns submitted batches."));
    }
}
