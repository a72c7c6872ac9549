using CarbonPlatform.ActivityData.Data;
using CarbonPlatform.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ActivityData.Records;

/// <summary>
/// The Idempotency-Key of a recording request, kept on its <see cref="ActivityBatch"/> (unique per park): a retry with
/// the same key and the same request hash gets the first answer back, the same key with a different request is 409.
/// </summary>
public static class Idempotency
{
    public const string Header = "Idempotency-Key";
    public const int MaxLength = 200;

    /// <summary>The key (null when there is none), or the 400 for a key that is too long.</summary>
    public static (string? Key, IResult? Problem) Read(HttpRequest request)
    {
        var key = request.Headers[Header].FirstOrDefault();
        return key is { Length: > MaxLength }
            ? (null, Problems.Invalid(Header, "invalid-header", $"{Header} has at most {MaxLength} characters."))
            : (key, null);
    }

    public static IResult Reused() =>
        Problems.Conflict(Header, "idempotency-key-reused", $"This {Header} was used for a different request.");

    /// <summary>
    /// Null when no batch of the park carries the key; otherwise the first answer (built by <paramref name="answer"/>
    /// from the earlier batch) when the hash and, if given, the channel match, or the 409 when they do not.
    /// </summary>
    public static async Task<IResult?> ReplayAsync(ActivityDb db, Guid parkId, string key, string hash, string? channel,
        Func<ActivityBatch, Task<IResult>> answer, CancellationToken ct)
    {
        var earlier = await db.Batches.AsNoTracking().FirstOrDefaultAsync(b => b.ParkId == parkId && b.IdempotencyKey == key, ct);
        if (earlier is null) return null;
        return earlier.RequestHash == hash && (channel is null || earlier.Channel == channel) ? await answer(earlier) : Reused();
    }

    /// <summary>Whether a batch or a submission of the park already carries the key.</summary>
    public static async Task<bool> UsedAsync(ActivityDb db, Guid parkId, string key, CancellationToken ct) =>
        await db.Batches.AsNoTracking().AnyAsync(b => b.ParkId == parkId && b.IdempotencyKey == key, ct)
        || await db.Submissions.AsNoTracking().AnyAsync(s => s.ParkId == parkId && s.IdempotencyKey == key, ct);
}
