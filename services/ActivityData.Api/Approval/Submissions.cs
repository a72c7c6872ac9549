namespace CarbonPlatform.ActivityData.Approval;

/// <summary>The approval queue: the operator sees every submission of the park, an enterprise only its own.</summary>
public static class Submissions
{
    public static async Task<IResult> List(Guid parkId, string? status, int? year, int? limit, string? cursor, HttpContext http, ActivityDb db,
        IParkDirectory parks, IFactorReleaseProvider releases, CancellationToken ct)
    {
        if (!PageRequest<TimeKey>.TryRead(limit, cursor, out var page, out var problem)) return problem.ToProblem();
        var (list, refusal) = await ReadAsync(parkId, status, year, page, http, db, parks, releases, ct);
        return refusal?.ToProblem() ?? Results.Ok(list);
    }

    /// <summary>One page of the park's submissions in a status (submitted when none is given), or the refusal to answer.</summary>
    public static async Task<(SubmissionList? List, Refusal? Refusal)> ReadAsync(Guid parkId, string? status, int? year, PageRequest<TimeKey> page,
        HttpContext http, ActivityDb db, IParkDirectory parks, IFactorReleaseProvider releases, CancellationToken ct)
    {
        var wanted = ContractEnums.TryParse<SubmissionStatus>(status ?? SubmissionStatuses.Submitted);
        if (wanted is null) return (null, Refusal.Invalid("status", "invalid-status", "status is submitted, approved or returned."));
        var caller = http.Caller();
        var (_, refusal) = caller.IsEnterprise
            ? await parks.ForEnterpriseAsync(caller, parkId, writing: false, ct)
            : await parks.ForReadingAsync(caller, parkId, ct);
        if (refusal is not null) return (null, refusal);

        var stored = ContractEnums.NameOf(wanted.Value);
        var query = db.Submissions.AsNoTracking().Where(s => s.ParkId == parkId && s.Status == stored);
        if (caller.IsEnterprise) query = query.Where(s => s.EnterpriseId == caller.EnterpriseId);
        if (year is { } y) query = query.Where(s => s.Year == y);
        if (page.After is { } after) query = query.After(s => s.SubmittedAt, s => s.Id, after.At, after.Id, descending: true);
        var rows = await query.OrderByKey(s => s.SubmittedAt, s => s.Id, descending: true).Take(page.Fetch).ToListAsync(ct);
        var release = await releases.DefaultAsync(ct);
        var list = page.Finish(rows, s => new TimeKey(s.SubmittedAt, s.Id), s => SubmissionPreview.View(s, release));
        return (new SubmissionList(parkId, list.Items, list.NextCursor), null);
    }
}
