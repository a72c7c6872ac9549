namespace CarbonPlatform.ActivityData.Evidence;

public static class EvidenceEndpoints
{
    public static RouteGroupBuilder MapEvidence(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/parks/{parkId:guid}/evidence").WithTags("Evidence");
        group.MapPost("/", UploadEvidence.Handle)
            .WithFileUpload("file", "The evidence file, with its media type in the part's Content-Type (the first file of the form is taken).", EvidenceRules.ContentTypes)
            .WithName("UploadEvidence")
            .WithSummary("Stores an evidence file (PDF, PNG, JPEG, CSV, text or XLSX; at most 10 MB) with its SHA-256; "
                + "ledger lines refer to it by id in evidenceId.")
            .WithDescription("multipart/form-data with the file in the field file; its type is the part's Content-Type, one of those listed, not told by the name.")
            .Answers<EvidenceFileView>(StatusCodes.Status201Created).Produces(StatusCodes.Status413PayloadTooLarge);
        group.MapGet("/{id:guid}", Get).WithName("GetEvidence").WithSummary("An evidence file's name, type, size, SHA-256 and who uploaded it.")
            .WithDescription("For whoever may read the park.").Answers<EvidenceFileView>();
        group.MapGet("/{id:guid}/content", Download).WithName("DownloadEvidence").WithSummary("The evidence file itself, as a download.")
            .WithDescription("As application/octet-stream, with the file's name.").Produces(StatusCodes.Status200OK, typeof(byte[]), "application/octet-stream");
        return api;
    }

    private static async Task<IResult> Get(Guid parkId, Guid id, HttpContext http, ActivityDb db, IParkDirectory parks, CancellationToken ct)
    {
        var (evidence, refusal) = await FindAsync(parkId, id, http, db, parks, ct);
        return refusal?.ToProblem() ?? Results.Ok(EvidenceView.Of(evidence!));
    }

    private static async Task<IResult> Download(Guid parkId, Guid id, HttpContext http, ActivityDb db, IParkDirectory parks, EvidenceStore store,
        ILogger<EvidenceFile> log, CancellationToken ct)
    {
        var (evidence, refusal) = await FindAsync(parkId, id, http, db, parks, ct);
        if (refusal is not null) return refusal.ToProblem();
        var stored = await store.LoadAsync(db, evidence!, ct);
        if (stored.Bytes is not null) return Results.File(stored.Bytes, "application/octet-stream", evidence!.FileName);
        // Never serve bytes that are not the ones recorded: the ledger's entries vouch for this SHA-256.
        log.LogError("Evidence {EvidenceId} of park {ParkId} is {Defect} in its store", id, parkId, stored.Defect);
        return stored.Defect == EvidenceDefect.Corrupt
            ? Problems.WithErrors(StatusCodes.Status500InternalServerError, "The stored evidence file does not match its SHA-256.",
                [new InputError(null, "content", "evidence-corrupt", "The stored bytes differ from those uploaded; the file is not served.")])
            : Problems.WithErrors(StatusCodes.Status500InternalServerError, "The evidence file's content is missing.",
                [new InputError(null, "content", "evidence-missing", "The file is described but its content is not in the evidence store.")]);
    }

    private static async Task<(EvidenceFile?, Refusal?)> FindAsync(Guid parkId, Guid id, HttpContext http, ActivityDb db, IParkDirectory parks,
        CancellationToken ct)
    {
        var access = await parks.ForReadingAsync(http.Caller(), parkId, ct);
        if (!access.Granted) return (null, access.Refusal);
        var evidence = await db.Evidence.AsNoTracking().FirstOrDefaultAsync(e => e.ParkId == parkId && e.Id == id, ct);
        return evidence is null ? (null, Refusal.NotFound("The evidence file")) : (evidence, null);
    }
}
