using System.Collections.Concurrent;
using System.Security.Cryptography;
using CarbonPlatform.Portal.Platform;
using CarbonPlatform.BuildingBlocks.Spreadsheets;

namespace CarbonPlatform.Portal.Imports;

/// <summary>An uploaded file between its dry run and its commit: kept on the portal's disk, for the person who uploaded it.</summary>
public sealed record ImportDraft(string Id, string Owner, Guid ParkId, int Year, string FileName, string ContentType, string Path,
    IReadOnlyList<ApiError> Problems, DateTime CreatedAt);

public sealed class ImportDrafts(IConfiguration configuration)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, ImportDraft> drafts = new();
    private readonly string folder = Directory.CreateDirectory(configuration["Portal:DraftFolder"]
        ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), "carbon-portal-drafts")).FullName;

    public async Task<ImportDraft> KeepAsync(string owner, Guid parkId, int year, IFormFile file, CancellationToken ct)
    {
        Sweep();
        var id = RandomNumberGenerator.GetHexString(32, lowercase: true);
        var path = System.IO.Path.Combine(folder, id);
        await using (var target = File.Create(path)) await file.CopyToAsync(target, ct);
        var draft = new ImportDraft(id, owner, parkId, year, System.IO.Path.GetFileName(file.FileName), ContentTypeOf(file.FileName), path, [], DateTime.UtcNow);
        drafts[id] = draft;
        return draft;
    }

    public void Record(ImportDraft draft) => drafts[draft.Id] = draft;

    public ImportDraft? Find(string? id, string owner) =>
        id is not null && drafts.TryGetValue(id, out var d) && d.Owner == owner && DateTime.UtcNow - d.CreatedAt < Lifetime ? d : null;

    public void Forget(ImportDraft draft)
    {
        if (drafts.TryRemove(draft.Id, out _)) File.Delete(draft.Path);
    }

    public static string ContentTypeOf(string fileName) =>
        fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? XlsxDownload.ContentType : "text/csv";

    private void Sweep()
    {
        foreach (var old in drafts.Values.Where(d => DateTime.UtcNow - d.CreatedAt >= Lifetime)) Forget(old);
    }
}
