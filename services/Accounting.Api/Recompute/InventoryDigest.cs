using System.Security.Cryptography;
using System.Text;

namespace CarbonPlatform.Accounting.Recompute;

/// <summary>
/// What an inventory version says, as one SHA-256: a run whose version would say the same as the latest stores nothing
/// and announces nothing. Demands renewed by batches a run already read, reconciliation and retries recompute often;
/// a copy would mark every evaluation of the latest version stale and return applications pending on it.
/// </summary>
public static class InventoryDigest
{
    public static string Of(string factorRelease, string? gwpSet, int lineCount, string batches, string resultJson, string? errorsJson)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in new[] { factorRelease, gwpSet ?? "", lineCount.ToString(System.Globalization.CultureInfo.InvariantCulture), batches, resultJson, errorsJson ?? "" })
        {
            hash.AppendData(Encoding.UTF8.GetBytes(part));
            hash.AppendData([0]); // parts never run into each other
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
