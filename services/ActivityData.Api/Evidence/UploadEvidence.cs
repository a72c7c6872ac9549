namespace CarbonPlatform.ActivityData.Evidence;

/// <summary>Stores an evidence file (multipart field <c>file</c>) where evidence is kept (<see cref="IEvidenceContents"/>) with its SHA-256.</summary>
public static class UploadEvidence
{
    public static async Task<IResult> Handle(Guid parkId, HttpContext http, ActivityDb db, IParkDirectory parks, EvidenceStore store, CancellationToken ct)
    {
        var caller = http.Caller();
        var access = await parks.ForWritingAsync(caller, parkId, ct);
        if (!access.Granted) return access.Refusal.ToProblem();
        var park = access.Park;
        if (!http.Request.HasFormContentType) return Problems.Invalid("file", "missing-file", "Send the evidence as a multipart/form-data file.");
        var form = await http.Request.ReadFormAsync(ct);
        if (form.Files.Count == 0) return Problems.Invalid("file", "missing-file", "Send the evidence as a multipart/form-data file.");
        var file = form.Files[0];
        var contentType = file.ContentType.Split(';')[0].Trim();
        if (!EvidenceRules.ContentTypes.Contains(contentType))
            return Problems.WithErrors(StatusCodes.Status415UnsupportedMediaType, "This kind of file is not accepted as evidence.",
                [new InputError(null, "file", "unsupported-content-type", $"Evidence is one of: {string.Join(", ", EvidenceRules.ContentTypes)}.")]);
        if (file.Length > EvidenceRules.MaxBytes)
            return Problems.WithErrors(StatusCodes.Status413PayloadTooLarge, "The evidence file is too large.",
                [new InputError(null, "file", "file-too-large", $"Evidence files have at most {EvidenceRules.MaxBytes / 1024 / 1024} MB.")]);
        if (file.Length == 0) return Problems.Invalid("file", "empty-file", "The evidence file is empty.");

        var evidence = new EvidenceFile
        {
            Id = Guid.NewGuid(), ParkId = parkId, FileName = EvidenceRules.SafeFileName(file.FileName), ContentType = contentType,
            Size = file.Length, Sha256 = "", UploadedBy = caller.Subject, UploadedAt = DateTime.UtcNow,
        };
        byte[] bytes;
        await using (var source = file.OpenReadStream())
            (bytes, evidence.Sha256) = await EvidenceStore.ReadUploadAsync(source, file.Length, ct);
        await store.AddAsync(db, evidence, bytes, ct);
        await db.SaveChangesAsync(ct);
        return Results.Created($"/api/v1/parks/{parkId}/evidence/{evidence.Id}", EvidenceView.Of(evidence));
    }
}

/// <summary>A stored evidence file: name, type, size, SHA-256 of its bytes, who uploaded it and when.</summary>
public sealed record EvidenceFileView(Guid Id, string FileName, string ContentType, long Size, string Sha256, string UploadedBy, DateTime UploadedAt);

public static class EvidenceView
{
    public static EvidenceFileView Of(EvidenceFile e) =>
        new(e.Id, e.FileName, e.ContentType, e.Size, e.Sha256, e.UploadedBy, DateTime.SpecifyKind(e.UploadedAt, DateTimeKind.Utc));
}
