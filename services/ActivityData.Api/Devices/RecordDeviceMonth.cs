using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CarbonPlatform.ActivityData.Approval;
using CarbonPlatform.ActivityData.MeterReadings;

namespace CarbonPlatform.ActivityData.Devices;

/// <summary>
/// A device's month becomes its source's monthly line through the meter-readings path: each interval's quantity is a
/// meter reading (the CSV import's table, so its digest and the ledger check cover it), summed by <see cref="MonthlyTotals"/>
/// into one batch, recorded by the <see cref="RecordingPipeline"/> on the meter channel. The (device, year, month) key is written in
/// the same transaction: of two replicas recording one month, one records and the other finds it recorded. While the park
/// requires approval the month is submitted instead; a returned month loses its key and readings and may be recorded again.
/// </summary>
public static class RecordDeviceMonth
{
    public static async Task<DeviceMonthRecorded> RecordAsync(ActivityDb db, ParkScope park, Device device, EmissionSource source, int year, int month,
        Caller caller, IFactorReleaseProvider releases, CancellationToken ct)
    {
        var start = new DateTime(year, month, 1);
        var intervals = MeterSeries.Intervals(await DeviceReadingsQuery.WindowAsync(db, device.Id, start, start.AddMonths(1), ct), DeviceViews.Profile(device))
            .Where(i => i.At >= start).ToList();
        if (intervals.Count == 0) return new(device.Id, null, 0, "skipped", "No interval of the month has readings at both ends.");
        if (await db.DeviceMonths.AsNoTracking().AnyAsync(m => m.DeviceId == device.Id && m.Year == year && m.Month == month, ct))
            return new(device.Id, null, 0, "already-recorded", null);

        var batchId = Guid.NewGuid();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.DeviceMonths.Add(new DeviceMonth { DeviceId = device.Id, Year = year, Month = month, BatchId = batchId, RecordedAt = DateTime.UtcNow });
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException e) when (LostRace.Is(e)) { return new(device.Id, null, 0, "already-recorded", null); }

        var totals = new MonthlyTotals();
        using (var sink = await ReadingSink.OpenAsync(db, transaction, batchId, year, ct))
            foreach (var (at, quantity) in intervals)
            {
                var row = new ReadingRow(source.Id, at, quantity, null);
                if (!sink.TryInsert(row))
                    return new(device.Id, null, 0, "refused", $"{source.Name} already has a meter reading at {at:yyyy-MM-dd HH:mm:ss} (a CSV import or another device).");
                totals.Add(row);
            }
        var (lines, notes) = totals.ToLines(new Dictionary<Guid, EmissionSource> { [source.Id] = source }, batchId);
        var (batch, errors) = BatchValidation.Validate(JsonSerializer.SerializeToElement(new JsonObject { ["year"] = year, ["lines"] = lines }),
            await releases.DefaultAsync(ct));
        if (batch is null) return new(device.Id, null, 0, "refused", string.Join(" ", errors.Select(e => e.Message)));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"device:{device.Id:N}:{year}-{month:00}:{notes[0].Readings}")));
        // Like a readings file: while approval is required the readings stay under the submission's id until a reviewer
        // approves or returns the month; the pipeline commits the open transaction with the batch or the submission.
        var recording = new RecordingRequest(park, batch, notes, new BatchOrigin(Channels.Meter, caller.Subject, null, hash))
        {
            BatchId = batchId,
            Submission = new SubmissionDraft(SubmitReadings.Body(year, lines, notes).ToJsonString(), lines.Count, caller, CheckConflicts: false),
        };
        return await RecordingPipeline.RecordAsync(db, recording, ct) switch
        {
            RecordingOutcome.Recorded r => new(device.Id, r.Batch.Id, intervals.Count, "recorded", null),
            RecordingOutcome.Submitted => new(device.Id, batchId, intervals.Count, SubmissionStatuses.Submitted, null),
            _ => new(device.Id, null, 0, "refused", "The ledger refused the month's line (a locked year or a conflict)."),
        };
    }
}
