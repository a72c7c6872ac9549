using System.Security.Cryptography;
using System.Text;

namespace CarbonPlatform.Contracts.Grpc.ActivityData;

/// <summary>
/// One SHA-256 for a set of batch ids, whatever their order: activity-data answers it for the batches a park-year
/// recorded, accounting computes it for those an inventory folded in, and they compare without sending the ids.
/// </summary>
public static class BatchSetDigest
{
    public static string Of(IEnumerable<string> batchIds)
    {
        var sorted = batchIds.Select(id => Guid.TryParse(id, out var guid) ? guid.ToString() : id).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(',', sorted))));
    }
}
