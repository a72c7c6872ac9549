using CarbonPlatform.Evaluation.Engine.Schemes;
using CarbonPlatform.Evaluation.Engine.Serialization;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Evaluation.Schemes;

/// <summary>One published scheme version; status as in evaluation results (official, secondary-source, draft).</summary>
public sealed record SchemeSummary(string Id, int Version, string? Method, SchemeStatus? Status, string? Source, CarbonPlatform.Evaluation.Engine.Common.BilingualText? Name);

/// <summary>The scheme version just published.</summary>
public sealed record SchemeVersionView(string Id, int Version);

public static class SchemeEndpoints
{
    public static RouteGroupBuilder MapSchemes(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/schemes").WithTags("Evaluation schemes");
        group.MapGet("/", List).WithName("ListSchemes").WithSummary("Every scheme version: id, version, method, status, source.")
            .WithDescription("status is official, secondary-source or draft, spelt as in evaluation results. By id and version, in pages (limit, cursor).").Answers<Page<SchemeSummary>>();
        group.MapGet("/{id}", Get).WithName("GetScheme").WithSummary("A scheme's definition (latest version, or ?version=n).")
            .WithDescription("The definition as published: indicators with thresholds per grade, management items and their points.")
            .Answers<SchemeDefinition>();
        group.MapPost("/", Publish).WithName("PublishScheme")
            .WithSummary("Publishes a new scheme version (the platform administrator, or a regional authority for a scheme of its region); an invalid definition is refused with every error.")
            .WithDescription("Versions are immutable: publishing a version that exists is 409. Only the platform administrator publishes an official scheme.")
            .WithRequest<SchemeDefinition>().Answers<SchemeVersionView>(StatusCodes.Status201Created).Produces(StatusCodes.Status409Conflict);
        return api;
    }

    private static IResult List(int? limit, string? cursor, SchemeRegistry registry)
    {
        if (!PageRequest<SchemeKey>.TryRead(limit, cursor, out var page, out var badPage)) return badPage.ToProblem();
        // The catalogue is a few dozen versions held by every replica: paged here, in the same order every time.
        var after = page.After;
        var versions = registry.Catalog.AllVersions.OrderBy(s => s.Id, StringComparer.Ordinal).ThenBy(s => s.Version)
            .Where(s => after is null || string.CompareOrdinal(s.Id, after.Id) > 0 || (s.Id == after.Id && s.Version > after.Version))
            .Take(page.Fetch).ToList();
        return Results.Ok(page.Finish(versions, s => new SchemeKey(s.Id, s.Version),
            s => new SchemeSummary(s.Id, s.Version, s.Method, s.Status, s.Source, s.Name)));
    }

    private sealed record SchemeKey(string Id, int Version);

    private static async Task<IResult> Get(string id, int? version, SchemeRegistry registry, EvaluationDb db, CancellationToken ct)
    {
        var scheme = await registry.FindAsync(id, version, db, ct);
        return scheme is null ? Problems.NotFound("The scheme") : Results.Text(SchemeDefinitionReader.Write(scheme), "application/json");
    }

    private static async Task<IResult> Publish(JsonElement body, SchemeRegistry registry, EvaluationDb db, HttpContext http, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!caller.IsPlatformAdmin && !caller.IsAuthority)
            return Problems.Forbidden("Only the platform administrator or a regional authority publishes scheme versions.");
        var read = SchemeDefinitionReader.Read(body);
        if (!read.IsValid) return Problems.Invalid(read.Errors, "The scheme definition is invalid; nothing was published.");
        var (allowed, ownerRegion, refusal) = await SchemeOwnership.CheckAsync(caller, read.Definition!.Id, db, ct);
        if (!allowed) return Problems.Forbidden(refusal!);
        if (!SchemeOwnership.MayPublishStatus(caller, read.Definition.Status))
            return Problems.WithErrors(StatusCodes.Status403Forbidden, "Only the platform administrator publishes an official scheme; nothing was published.",
                [new InputError(null, "status", "official-needs-platform-admin", "status official is given by the platform administrator only; publish it as draft or secondary-source.")]);
        await registry.LoadAsync(db, ct);
        var publication = registry.Catalog.Publish(read.Definition!);
        if (!publication.Accepted) return Problems.Invalid(publication.Errors, "The scheme definition is invalid; nothing was published.");
        var definition = read.Definition!;
        db.Schemes.Add(new PublishedScheme
        {
            Id = definition.Id, Version = definition.Version, DefinitionJson = SchemeDefinitionReader.Write(definition),
            OwnerRegion = ownerRegion, PublishedBy = caller.Subject, PublishedAt = DateTime.UtcNow,
        });
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            // Another replica stored this very version between our check and our write: the key refused ours.
            db.ChangeTracker.Clear();
            if (!await db.Schemes.AnyAsync(s => s.Id == definition.Id && s.Version == definition.Version, ct)) throw;
            return Problems.Conflict("version", "scheme-version-exists", $"{definition.Id} v{definition.Version} has just been published by someone else.");
        }
        await registry.LoadAsync(db, ct);
        return Results.Created($"/api/v1/schemes/{definition.Id}?version={definition.Version}", new SchemeVersionView(definition.Id, definition.Version));
    }

}
