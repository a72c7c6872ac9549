using CarbonPlatform.ActivityData.Approval;
using CarbonPlatform.ActivityData.Evidence;
using CarbonPlatform.ActivityData.Instruments;
using Microsoft.AspNetCore.Http.Features;

namespace CarbonPlatform.ActivityData.Imports;

/// <summary>
/// A CSV or XLSX import (the file as the body or as a multipart file): a dry run reports every problem; a commit records
/// the whole file as one batch through the same validation and recorder as the batch endpoint, or nothing.
/// </summary>
public static class RunImport
{
    public const int MaxRows = 10_000;

    public static async Task<IResult> Handle(Guid parkId, int? year, bool? dryRun, string? format, HttpContext http, ActivityDb db,
        IParkDirectory parks, IFactorReleaseProvider releases, CancellationToken ct)
    {
        var caller = http.Caller();
        var access = caller.IsEnterprise
            ? await parks.ForEnterpriseAsync(caller, parkId, writing: true, ct)
            : await parks.ForWritingAsync(caller, parkId, ct);
        if (!access.Granted) return access.Refusal.ToProblem();
        var park = access.Park;
        if (year is not { } y || y is < 1990 or > 2200) return Problems.Invalid("year", "missing-field", "?year= names the reporting year of the file.");
        var commit = !(dryRun ?? true);
        var (key, keyError) = commit ? Idempotency.Read(http.Request) : (null, null); // a dry run records nothing: its key is ignored
        if (keyError is not null) return keyError.ToProblem();

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = ImportUpload.MaxBytes + 64 * 1024;
        var (body, fileName) = await OpenBodyAsync(http.Request, ct);
        if (body is null) return Problems.Invalid("file", "missing-file", "Send the CSV or XLSX file as the body or as a multipart file.");
        await using var upload = await ImportUpload.SpoolAsync(body, ct);
        if (upload is null) return ImportReport.TooLarge("file-too-large", $"An import file has at most {ImportUpload.MaxBytes / 1024 / 1024} MB.").ToProblem();
        if (upload.InvalidText is { } bad)
            return Refused([new ImportProblem(bad.Row, $"character {bad.Column}", "invalid-encoding",
                $"character {bad.Column} starts bytes that are neither UTF-8 nor GB18030 (GBK): save the file as UTF-8 or GB18030.")]);
        // A retry of a committed import (same key, same bytes) gets the first answer; the same key with another file is 409.
        async Task<RecordingOutcome?> ReplayAsync() => key is null ? null
            : await RecordingPipeline.ReplayAsync(db, parkId, key, upload.Hash, Channels.Import, ct);
        if (await ReplayAsync() is { } earlier) return Answer(earlier);
        if (await PeriodGuard.RefuseIfLockedAsync(db, parkId, y, ct) is { } locked) return locked.ToProblem();

        var (read, refusal) = ImportFile.Read(upload, fileName, MaxRows);
        if (refusal is not null) return refusal.ToProblem();
        var sheet = read!;
        Observability.ImportMetrics.NoteRows(http, sheet.Rows.Count);
        var check = ImportCheck.Run(sheet, y, DateTime.UtcNow, await releases.DefaultAsync(ct));
        var problems = check.Problems.ToList();
        if (check.Batch is not null)
            problems.AddRange((await RecordedDataProblemsAsync(db, parkId, check, ct)).Select(e => ImportCheck.OnRow(sheet, e)));

        var lineIds = Enumerable.Range(0, sheet.Rows.Count).Select(i => sheet.Lines[i]?["id"]?.GetValue<string>()).ToList();
        foreach (var (index, error) in await EvidenceCheck.UnknownAsync(db, parkId, check.Notes, lineIds, ct))
            problems.Add(new ImportProblem(sheet.Rows[index], sheet.Headers.GetValueOrDefault("evidenceId", "evidenceId"), error.Code, error.Message, error.Line));

        foreach (var (index, error) in await SourceCheck.UnknownAsync(db, parkId, check.Notes, lineIds, ct))
            problems.Add(new ImportProblem(sheet.Rows[index], sheet.Headers.GetValueOrDefault("sourceId", "sourceId"), error.Code, error.Message, error.Line));

        if (caller.IsEnterprise)
            foreach (var error in await EnterpriseCallers.ForeignLinesAsync(db, parkId, caller.EnterpriseId!.Value, check.Notes, lineIds, ct))
                problems.Add(new ImportProblem(lineIds.IndexOf(error.Line) is var i and >= 0 ? sheet.Rows[i] : null, sheet.Headers.GetValueOrDefault("sourceId", "sourceId"), error.Code, error.Message, error.Line));
        if (dryRun ?? true) return ImportAnswers.DryRun(y, sheet.Rows.Count, upload.IsWorkbook ? null : upload.Encoding.WebName, problems, format);
        // A concurrent request with the same key may have recorded the file meanwhile (its lines now conflict): answer as its retry.
        if (problems.Count > 0 || check.Batch is null) return await ReplayAsync() is { } replay ? Answer(replay) : Refused(problems);
        var recording = new RecordingRequest(park, check.Batch, check.Notes, new BatchOrigin(Channels.Import, caller.Subject, key, upload.Hash))
        {
            Retry = new RetryRule(Channels.Import),
            Submission = new SubmissionDraft(check.Body.GetRawText(), check.Batch.Lines.Count, caller, CheckConflicts: true),
        };
        return Answer(await RecordingPipeline.RecordAsync(db, recording, ct));
    }

    private static IResult Refused(IReadOnlyList<ImportProblem> problems) => ImportReport.Refused(problems).ToProblem();

    private static IResult Answer(RecordingOutcome outcome) => outcome switch
    {
        RecordingOutcome.InLedger { Batch: var b } =>
            Results.Accepted($"/api/v1/parks/{b.ParkId}/ledger?year={b.Year}", new RecordedImport(b.Id, b.LineCount)),
        RecordingOutcome.Submitted { Submission: var s } =>
            Results.Accepted($"/api/v1/parks/{s.ParkId}/activity-records/submissions", new RecordedImport(s.Id, s.LineCount, s.Status)),
        RecordingOutcome.Refused r => r.Refusal.ToProblem(),
        _ => throw new InvalidOperationException($"Unknown outcome {outcome}."),
    };

    private static async Task<(Stream? Body, string FileName)> OpenBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType) return (request.Body, "The uploaded file");
        var form = await request.ReadFormAsync(ct);
        return form.Files.Count == 0 ? (null, "") : (form.Files[0].OpenReadStream(), $"'{Path.GetFileName(form.Files[0].FileName)}'");
    }

    /// <summary>What the file's lines conflict with: recorded lines and serials, and the register's allocations they name.</summary>
    private static async Task<List<InputError>> RecordedDataProblemsAsync(ActivityDb db, Guid parkId, ImportCheck.Outcome check, CancellationToken ct)
    {
        var problems = await AllocationCheck.InvalidAsync(db, parkId, check.Batch!, check.Notes.Select(n => n.AllocationId).ToList(), ct);
        if (await Conflicts.FindAsync(db, parkId, check.Batch!, check.Notes, ct) is { } conflict) problems.Add(conflict);
        return problems;
    }
}
