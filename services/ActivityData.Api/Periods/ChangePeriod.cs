using CarbonPlatform.Contracts.ActivityData;


namespace CarbonPlatform.ActivityData.Periods;

/// <summary>Submission (anyone who may write the park's data) and lock (the platform administrator or the operator's admin).</summary>
public static class ChangePeriod
{
    public static Task<IResult> Submit(Guid parkId, int year, HttpContext http, ActivityDb db, IParkDirectory parks, CancellationToken ct) =>
        MoveAsync(parkId, year, PeriodStatuses.Submitted, http, db, parks, ct);

    public static Task<IResult> Lock(Guid parkId, int year, HttpContext http, ActivityDb db, IParkDirectory parks, CancellationToken ct) =>
        MoveAsync(parkId, year, PeriodStatuses.Locked, http, db, parks, ct);

    public static bool MayLock(Caller caller, ParkScope park) =>
        caller.IsPlatformAdmin || (caller.IsOperator && caller.OrganizationId == park.OperatorOrganizationId && caller.Has(PlatformRoles.OperatorAdmin));

    private static async Task<IResult> MoveAsync(Guid parkId, int year, string target, HttpContext http, ActivityDb db, IParkDirectory parks, CancellationToken ct)
    {
        var caller = http.Caller();
        var access = await parks.ForReadingAsync(caller, parkId, ct);
        if (!access.Granted) return access.Refusal.ToProblem();
        var park = access.Park;
        var allowed = target == PeriodStatuses.Locked ? MayLock(caller, park) : ParkVisibility.CanWrite(caller, park);
        if (!allowed) return Problems.Forbidden(target == PeriodStatuses.Locked
            ? "Only the platform administrator or the park operator's administrator locks a period."
            : "This caller may read the park's data but not submit it.");
        if (year is < 1990 or > 2200) return Problems.Invalid("year", "out-of-range", "year is a calendar year.");

        for (var attempt = 1; ; attempt++)
        {
            try { return await ApplyAsync(parkId, year, target, http, park, db, ct); }
            catch (Exception e) when (LostRace.Is(e) && attempt < 5)
            {
                // A write into the year (or another move) changed the period row first: read it again and decide anew.
                db.ChangeTracker.Clear();
            }
        }
    }

    private static async Task<IResult> ApplyAsync(Guid parkId, int year, string target, HttpContext http, ParkScope park, ActivityDb db, CancellationToken ct)
    {
        var caller = http.Caller();
        var period = await db.Periods.FirstOrDefaultAsync(p => p.ParkId == parkId && p.Year == year, ct);
        var facts = await HoldStore.FactsOfYearAsync(db, parkId, year, ct);
        if (http.IfMatchFails(EntityTags.Of(Tag(period, facts)), out var stale)) return stale.ToProblem();
        var (outcome, code, message) = PeriodTransitions.Decide(PeriodGuard.Effective(period?.Status, CertificationHold.YearHolders(facts)), target);
        if (outcome == PeriodTransitions.Outcome.Refuse) return Problems.Conflict("status", code!, message!);
        if (outcome == PeriodTransitions.Outcome.Apply)
        {
            if (period is null) db.Periods.Add(period = new PeriodState { ParkId = parkId, Year = year, Status = target });
            var now = DateTime.UtcNow;
            period.Status = target;
            if (target == PeriodStatuses.Submitted) (period.SubmittedBy, period.SubmittedAt) = (caller.Subject, now);
            else (period.LockedBy, period.LockedAt) = (caller.Subject, now);
            db.AddEvent(new ReportingPeriodChanged(parkId, year, target, caller.Subject, now), park.OperatorOrganizationId);
            await db.SaveChangesAsync(ct);
        }
        http.SetEntityTag(Tag(period, facts));
        return Results.Ok(View(parkId, year, period, facts));
    }

    /// <summary>The period's version and the certification facts about its year: either moving changes what a client sees.</summary>
    public static string Tag(PeriodState? period, IReadOnlyList<HoldFact> facts) => $"{period?.Version ?? Guid.Empty:N}.{facts.Count}";

    /// <summary>The year as its operator moved it, the applications holding it, and every certification fact about it with its reason.</summary>
    public static PeriodView View(Guid parkId, int year, PeriodState? p, IReadOnlyList<HoldFact> facts)
    {
        var holders = CertificationHold.YearHolders(facts);
        return new PeriodView(parkId, year, ContractEnums.Parse<PeriodStatus>(PeriodGuard.Effective(p?.Status, holders)), p?.SubmittedBy, Utc(p?.SubmittedAt),
            holders.Count > 0 ? $"certification application {holders[0]}" : p?.LockedBy,
            Utc(holders.Count > 0 ? facts.Where(f => f.ApplicationId == holders[0]).Min(f => f.RecordedAt) : p?.LockedAt),
            holders, facts.Select(f => new CertificationFactView(f.ApplicationId, f.Fact, f.Reason, Utc(f.RecordedAt))).ToList());
    }

    private static DateTime? Utc(DateTime? t) => t is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;
}
