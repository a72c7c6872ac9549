using System.Text;
using System.Text.Json.Nodes;
using CarbonPlatform.ActivityData.Approval;
using CarbonPlatform.ActivityData.Imports;
using Microsoft.AspNetCore.Http.Features;

namespace CarbonPlatform.ActivityData.MeterReadings;

/// <summary>
/// A CSV of meter readings (source, time, quantity), streamed: each row is checked as it arrives and spooled to disk;
/// once the upload is complete the readings are inserted in one short transaction, so memory stays flat however long
/// the file and a slow upload blocks no other writer. Every problem is reported (the first thousand in full);
/// any problem — or a dry run — rolls everything back. A committed import is one batch of monthly lines per source.
/// </summary>
public static class ImportReadings
{
    public const long MaxBytes = 256L * 1024 * 1024;
    public const int MaxRows = 3_000_000;

    public static async Task<IResult> Handle(Guid parkId, int? year, bool? dryRun, HttpContext http, ActivityDb db, IParkDirectory parks,
        IFactorReleaseProvider releases, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        var access = await parks.ForWritingAsync(caller, parkId, ct);
        if (!access.Granted) return access.Refusal.ToProblem();
        if (year is not { } y || y is < 1990 or > 2200) return Problems.Invalid("year", "missing-field", "?year= names the reporting year of the readings.");
        if (await PeriodGuard.RefuseIfLockedAsync(db, parkId, y, ct) is { } locked) return locked.ToProblem();
        if (http.Request.ContentLength > MaxBytes) return TooLarge("file-too-large", $"A readings file has at most {MaxBytes >> 20} MB.");
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBytes;
        var commit = !(dryRun ?? true);
        var (key, keyError) = commit ? Idempotency.Read(http.Request) : (null, null); // a dry run records nothing: its key is ignored
        if (keyError is not null) return keyError.ToProblem();

        var sources = await db.Sources.AsNoTracking().Where(s => s.ParkId == parkId && s.Metered).ToDictionaryAsync(s => s.Id, ct);
        var now = clock.GetUtcNow().UtcDateTime.AddHours(8); // readings carry the park's local time (China Standard Time)
        var batchId = Guid.NewGuid();
        if (await ReadingUpload.OpenAsync(http.Request, MaxBytes, ct) is not { } upload)
            return Problems.Invalid("file", "missing-file", "Send the readings CSV as the body or as the file of a multipart/form-data form.");
        var body = new HashingStream(upload);
        var rows = 0;
        // The file's SHA-256 is known once it has streamed through; a retry must not insert its readings again just to refuse them.
        async Task<RecordingOutcome?> ReplayAsync() => key is null ? null : await RecordingPipeline.ReplayAsync(db, parkId, key, body.Hash(), Channels.Meter, ct);
        Task<IResult> Answer(RecordingOutcome outcome) => AnswerAsync(db, outcome, rows, ct);
        if (key is not null && await Idempotency.UsedAsync(db, parkId, key, ct))
        {
            await body.DrainAsync(ct);
            if (await ReplayAsync() is { } earlier) return await Answer(earlier);
        }
        var (decoded, encoding) = await ReadingEncoding.DetectAsync(body, ct);
        using var reader = new CheckedLineReader(decoded, encoding);
        var file = new ReadingFile(reader);
        var problems = new ReadingProblems();
        bool Unreadable() => file.InvalidBytes is { } at && problems.AddUnreadable(file.Row, at, encoding);

        var totals = new MonthlyTotals();
        var header = await file.NextAsync();
        var (columns, headerProblems) = header is null ? (null, ["The file is empty: it needs a header row and readings."])
            : Unreadable() ? (null, []) : ReadingColumns.Read(header);
        headerProblems.ForEach(p => problems.Add(1, "header", header is null ? "empty-file" : "invalid-header", p));
        // While the upload arrives, rows are checked and spooled to disk: no transaction is open, no lock held.
        await using var spool = new ReadingSpool();
        while (columns is not null && await file.NextAsync() is { } cells)
        {
            if (++rows > MaxRows) return TooLarge("too-many-rows", $"A readings file has at most {MaxRows:N0} rows; split it.");
            if (Unreadable()) continue;
            var (reading, problem) = ReadingRow.Parse(cells, columns);
            if ((problem ?? ReadingProblems.Refusal(reading, sources, y, now)) is { } p) { problems.Add(file.Row, p.Column, p.Code, p.Message); continue; }
            // Summed before the database has answered: a duplicate it finds fails the import, and the totals with it.
            totals.Add(reading);
            spool.Add(reading, file.Row);
        }
        await body.DrainAsync(ct); // whatever was left unread (a refused header) still counts towards the hash

        // The whole file is in: the write transaction is as short as inserting the spooled readings.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // PostgreSQL takes the spool by one binary COPY; SQLite and SQL Server (and a copy a duplicate refused) row by row.
        if (!await ReadingCopy.TryCopyAsync(db, transaction, spool, batchId, y, ct))
        {
            await using var inserter = new ReadingInserter(await ReadingSink.OpenAsync(db, transaction, batchId, y, ct), ReadingProblems.Reported, ct);
            foreach (var (reading, row) in spool.ReadAll()) await inserter.AddAsync(reading, row, ct);
            await inserter.CompleteAsync(ct);
            problems.AddDuplicates(inserter);
        }
        if (columns is not null && rows == 0) problems.Add(null, "file", "empty-file", "The file has a header but no readings.");
        Observability.ImportMetrics.NoteRows(http, rows);

        var (lines, notes) = totals.ToLines(sources, batchId);
        ValidBatch? batch = null;
        if (problems.Count == 0)
        {
            var (valid, errors) = BatchValidation.Validate(JsonSerializer.SerializeToElement(new JsonObject { ["year"] = y, ["lines"] = lines }),
                await releases.DefaultAsync(ct));
            foreach (var e in errors) problems.Add(null, e.Field, e.Code, $"{Describe(e.Line, sources)}: {e.Message}");
            batch = valid;
        }
        if (dryRun ?? true)
        {
            await transaction.RollbackAsync(ct);
            return Results.Ok(new ReadingsDryRun(true, y, rows, lines.Count, problems.Count == 0, problems.Count, View(problems.Kept)));
        }
        if (problems.Count > 0 || batch is null)
        {
            await transaction.RollbackAsync(ct);
            // A concurrent request with the same key may have recorded the file meanwhile (its readings now duplicate): answer as its retry.
            return await ReplayAsync() is { } replay ? await Answer(replay)
                : Problems.WithErrors(StatusCodes.Status400BadRequest, $"The readings are invalid ({problems.Count} problems); nothing was recorded.",
                    problems.Kept.Select(p => new InputError(p.Line, p.Column ?? "file", p.Code, p.Row is null ? p.Message : $"Row {p.Row}: {p.Message}")));
        }
        // The readings are inserted in the open transaction: the pipeline commits them with the batch (or the submission), or rolls them back.
        var recording = new RecordingRequest(access.Park, batch, notes, new BatchOrigin(Channels.Meter, caller.Subject, key, body.Hash()))
        {
            BatchId = batchId, Retry = new RetryRule(Channels.Meter),
            Submission = new SubmissionDraft(SubmitReadings.Body(y, lines, notes).ToJsonString(), lines.Count, caller, CheckConflicts: false),
        };
        return await Answer(await RecordingPipeline.RecordAsync(db, recording, ct));
    }

    private static IResult TooLarge(string code, string message) => ImportReport.TooLarge(code, message).ToProblem();

    private static async Task<IResult> AnswerAsync(ActivityDb db, RecordingOutcome outcome, int rows, CancellationToken ct) => outcome switch
    {
        RecordingOutcome.Recorded { Batch: var b } =>
            Results.Accepted($"/api/v1/parks/{b.ParkId}/ledger?year={b.Year}", new RecordedReadings(b.Id, rows, b.LineCount)),
        RecordingOutcome.Replayed { Batch: var b } =>
            Results.Accepted($"/api/v1/parks/{b.ParkId}/ledger?year={b.Year}", new RecordedReadings(b.Id, await ReadingCount(db, b.ParkId, b.Id, ct), b.LineCount)),
        RecordingOutcome.Submitted s => SubmissionAnswers.Readings(s.Submission),
        RecordingOutcome.Refused r => r.Refusal.ToProblem(),
        _ => throw new InvalidOperationException($"Unknown outcome {outcome}."),
    };

    /// <summary>How many readings a batch recorded: the sum of the counts its monthly lines' entries keep ("count:digest").</summary>
    private static async Task<long> ReadingCount(ActivityDb db, Guid parkId, Guid batchId, CancellationToken ct) =>
        (await db.Ledger.AsNoTracking().Where(e => e.ParkId == parkId && e.BatchId == batchId && e.Supersedes == null && e.Readings != null)
            .Select(e => e.Readings!).ToListAsync(ct)).Sum(ReadingDigest.CountOf);

    private static string Describe(string? lineId, IReadOnlyDictionary<Guid, EmissionSource> sources) =>
        lineId?.Split(':') is [_, var source, var month, ..] && Guid.TryParse(source, out var id) && sources.TryGetValue(id, out var s)
            ? $"{s.Name} ({id}), month {month}" : lineId ?? "the readings";

    private static IReadOnlyList<ReadingProblemView> View(IEnumerable<ImportProblem> problems) =>
        problems.Select(p => new ReadingProblemView(p.Row, p.Column, p.Code, p.Message)).ToList();
}
