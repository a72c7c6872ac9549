using CarbonPlatform.ActivityData.Data;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.ServiceDefaults.Problems;
using CarbonPlatform.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

using CarbonPlatform.ServiceDefaults.OpenApi;

namespace CarbonPlatform.ActivityData.Evidence;

public static class EvidenceEndpoints
{
    public static RouteGroupBuilder MapEvidence(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/parks/{parkId:guid}/evidence").WithTags("Evidence");
        group.MapPost("/", UploadEvidence.Handle)
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery()
            .WithName("UploadEvidence")
            .WithSummary("Stores an evidence file (PDF, PNG, JPEG, CSV, text or XLSX; at most 10 MB) with its SHA-256; "
                + "ledger lines refer to it by id in evidenceId.")
            .WithDescription("multipart/form-data with one file field; the type is told by the content, not the name.")
            .Answers<EvidenceFileView>(StatusCodes.Status201Created).Produces(StatusCodes.Status413PayloadTooLarge);
        group.MapGet("/{id:guid}", Get).WithName("GetEvidence").WithSummary("An evidence file's name, type, size, SHA-256 and who uploaded it.")
            .WithDescription("For whoever may read the park.").Answers<EvidenceFileView>();
        group.MapGet("/{id:guid}/content", Download).WithName("DownloadEvidence").WithSummary("The evidence file itself, as a download.")
            .WithDescription("As application/octet-stream, with the file's name.").Produces(StatusCodes.Status200OK, typeof(byte[]), "application/octet-stream");
        return api;
    }

    private static async Task<IResult> Get(Guid parkId, Guid id, HttpContext http, ActivityDb db, IParkDirectory parks, CancellationToken ct)
    {
        var (evidence, problem) = await FindAsync(parkId, id, http, db, parks, ct);
        return problem ?? Results.Ok(EvidenceView.Of(evidence!));
    }

    private static async Task<IResult> Download(Guid parkId, Guid id, HttpContext http, ActivityDb db, IParkDirectory parks, EvidenceStore store,
        CancellationToken ct)
    {
        var (evidence, problem) = await FindAsync(parkId, id, http, db, parks, ct);
        return problem ?? Results.Stream(store.OpenRead(parkId, id), "application/octet-stream", evidence!.FileName);
    }

    private static async Task<(EvidenceFile?, IResult?)> FindAsync(Guid parkId, Guid id, HttpContext http, ActivityDb db, IParkDirectory parks,
        CancellationToken ct)
    {
        var access = await parks.ForReadingAsync(http.Caller(), parkId, ct);
        if (!access.Granted) return (null, access.Refusal);
        var evidence = await db.Evidence.AsNoTracking().FirstOrDefaultAsync(e => e.ParkId == parkId && e.Id == id, ct);
        return evidence is null ? (null, Problems.NotFound("The evidence file")) : (evidence, null);
    }
}
