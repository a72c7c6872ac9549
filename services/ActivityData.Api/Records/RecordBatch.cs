using System.Security.Cryptography;
using System.Text.Json;
using CarbonPlatform.ActivityData.Data;
using CarbonPlatform.Contracts.ActivityData;
using CarbonPlatform.EmissionFactors.Client;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.ServiceDefaults.Messaging;
using CarbonPlatform.ServiceDefaults.Problems;
using CarbonPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ActivityData.Records;

public static class RecordBatch
{
    /// <summary>The whole batch is recorded with its event in one transaction, or nothing is.</summary>
    public static async Task<IResult> Handle(Guid parkId, JsonElement body, HttpContext http, ActivityDb db, IParkDirectory parks,
        FactorReleaseSource releases, CancellationToken ct)
    {
        var caller = http.Caller();
        var park = await parks.FindAsync(parkId, ct);
        if (park is null || !ParkVisibility.CanRead(caller, park)) return Problems.NotFound("The park");
        if (!ParkVisibility.CanWrite(caller, park)) return Problems.Forbidden("This caller may read the park's data but not record it.");

        var key = http.Request.Headers["Idempotency-Key"].FirstOrDefault();
        if (key is { Length: > 200 }) return Problems.Invalid("Idempotency-Key", "invalid-header", "Idempotency-Key has at most 200 characters.");
        var hash = Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(body)));
        if (key is not null && await FindRetryAsync(db, parkId, key, hash, ct) is { } earlier) return earlier;

        var release = await releases.GetAsync(null, ct) ?? throw new InvalidOperationException("No default factor release is published.");
        var (batch, errors) = BatchValidation.Validate(body, release);
        if (batch is null) return Problems.Invalid(errors, "The batch is invalid; nothing was recorded.");

        var conflict = await Conflicts.FindAsync(db, parkId, batch, ct);
        if (conflict is not null) return Problems.WithErrors(StatusCodes.Status409Conflict, "The batch conflicts with recorded data; nothing was recorded.", [conflict]);

        var now = DateTime.UtcNow;
        var record = new ActivityBatch
        {
            Id = Guid.NewGuid(), ParkId = parkId, Year = batch.Year, IdempotencyKey = key, RequestHash = hash,
            LineCount = batch.Lines.Count, Channel = "api", RecordedBy = caller.Subject, RecordedAt = now,
        };
        db.Batches.Add(record);
        db.Records.AddRange(batch.Lines.Select(l => l.ToRecord(parkId, batch.Year, record.Id, now)));
        db.AddEvent(new ActivityBatchRecorded(parkId, batch.Year, record.Id, batch.Lines.Count, now), park.OperatorOrganizationId);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (key is not null)
        {
            // The same request raced itself and the first one won; anything else is a real failure.
            db.ChangeTracker.Clear();
            var retry = await FindRetryAsync(db, parkId, key, hash, ct);
            if (retry is null) throw;
            return retry;
        }
        return Results.Accepted($"/api/v1/parks/{parkId}/activity-records?year={batch.Year}", new { batchId = record.Id });
    }

    private static async Task<IResult?> FindRetryAsync(ActivityDb db, Guid parkId, string key, string hash, CancellationToken ct)
    {
        var earlier = await db.Batches.AsNoTracking().FirstOrDefaultAsync(b => b.ParkId == parkId && b.IdempotencyKey == key, ct);
        if (earlier is null) return null;
        return earlier.RequestHash == hash
            ? Results.Accepted($"/api/v1/parks/{parkId}/activity-records?year={earlier.Year}", new { batchId = earlier.Id })
            : Problems.Conflict("Idempotency-Key", "idempotency-key-reused", "This Idempotency-Key was used for a different request.");
    }
}
