using System.Security.Cryptography;

namespace CarbonPlatform.ActivityData.Recording;

/// <summary>
/// The Idempotency-Key of a recording request, kept on its <see cref="ActivityBatch"/> (unique per park): a retry with
/// the same key and the same request hash gets the first answer back, the same key with a different request is refused
/// (<see cref="RecordingPipeline.ReplayAsync"/>).
/// </summary>
public static class Idempotency
{
    public const string Header = "Idempotency-Key";
    public const int MaxLength = 200;

    /// <summary>The key (null when there is none), or the refusal of a key that is too long.</summary>
    public static (string? Key, Refusal? Refusal) Read(HttpRequest request)
    {
        var key = request.Headers[Header].FirstOrDefault();
        return key is { Length: > MaxLength }
            ? (null, Refusal.Invalid(Header, "invalid-header", $"{Header} has at most {MaxLength} characters."))
            : (key, null);
    }

    /// <summary>The request's hash, kept beside its key: the same key with another body is a different request.</summary>
    public static string HashOf(JsonElement body) => Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(body)));

    public static Refusal Reused() =>
        Refusal.Conflict(Header, "idempotency-key-reused", $"This {Header} was used for a different request.");

    /// <summary>Whether a batch or a submission of the park already carries the key.</summary>
    public static async Task<bool> UsedAsync(ActivityDb db, Guid parkId, string key, CancellationToken ct) =>
        await db.Batches.AsNoTracking().AnyAsync(b => b.ParkId == parkId && b.IdempotencyKey == key, ct)
        || await db.Submissions.AsNoTracking().AnyAsync(s => s.ParkId == parkId && s.IdempotencyKey == key, ct);
}
