using System.Security.Cryptography;

namespace CarbonPlatform.ActivityData.Evidence;

/// <summary>Evidence files under <c>{data folder}/evidence/{park}/{id}</c>: written once, streamed, hashed on the way.</summary>
public sealed class EvidenceStore(IConfiguration configuration)
{
    private string DataFolder => configuration["Database:DataFolder"] ?? Path.Combine(AppContext.BaseDirectory, "data");

    public async Task<string> WriteAsync(Guid parkId, Guid id, Stream source, CancellationToken ct)
    {
        var path = EvidenceRules.StoragePath(DataFolder, parkId, id);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        var buffer = new byte[64 * 1024];
        int n;
        while ((n = await source.ReadAsync(buffer, ct)) > 0)
        {
            sha.AppendData(buffer, 0, n);
            await target.WriteAsync(buffer.AsMemory(0, n), ct);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public Stream OpenRead(Guid parkId, Guid id) =>
        new FileStream(EvidenceRules.StoragePath(DataFolder, parkId, id), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
}
