using CarbonPlatform.Contracts.Grpc.ActivityData;
using CarbonPlatform.Contracts.Grpc.Common;
using Grpc.Core;

namespace CarbonPlatform.ActivityData.Grpc;

/// <summary>Internal: accounting reads a park's year of lines in pages, never the whole set in memory at once.</summary>
public sealed class ActivityLedgerService(ActivityDb db) : ActivityLedger.ActivityLedgerBase
{
    private const int PageSize = 5_000;

    public override async Task StreamLines(StreamLinesRequest request, IServerStreamWriter<ActivityLineBatch> responseStream, ServerCallContext context)
    {
        if (!Guid.TryParse(request.ParkId, out var parkId)) throw new RpcException(new Status(StatusCode.InvalidArgument, "park_id is not a GUID"));
        var ct = context.CancellationToken;
        var batchIds = await db.Batches.AsNoTracking().Where(b => b.ParkId == parkId && b.Year == request.Year)
            .OrderBy(b => b.RecordedAt).Select(b => b.Id.ToString()).ToListAsync(ct);
        long after = 0;
        var first = true;
        while (true)
        {
            var page = await db.Records.AsNoTracking().Where(r => r.ParkId == parkId && r.Year == request.Year && r.Id > after)
                .OrderBy(r => r.Id).Take(PageSize).ToListAsync(ct);
            var message = new ActivityLineBatch();
            message.Lines.AddRange(page.Select(r => r.ToLine().ToProto()));
            if (first) message.BatchIds.AddRange(batchIds);
            if (page.Count > 0 || first) await responseStream.WriteAsync(message, ct);
            first = false;
            if (page.Count < PageSize) return;
            after = page[^1].Id;
        }
    }

    public override async Task<RecordedBatchDigest> GetRecordedBatchDigest(StreamLinesRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.ParkId, out var parkId)) throw new RpcException(new Status(StatusCode.InvalidArgument, "park_id is not a GUID"));
        var ids = await db.Batches.AsNoTracking().Where(b => b.ParkId == parkId && b.Year == request.Year)
            .Select(b => b.Id.ToString()).ToListAsync(context.CancellationToken);
        return new RecordedBatchDigest { Count = ids.Count, Digest = BatchSetDigest.Of(ids) };
    }

    public override async Task ListLineMonths(StreamLinesRequest request, IServerStreamWriter<LineMonthBatch> responseStream, ServerCallContext context)
    {
        if (!Guid.TryParse(request.ParkId, out var parkId)) throw new RpcException(new Status(StatusCode.InvalidArgument, "park_id is not a GUID"));
        var ct = context.CancellationToken;
        // A line's latest entry (a correction supersedes the earlier ones) says which month it is for.
        var entries = await db.Ledger.AsNoTracking().Where(e => e.ParkId == parkId && e.Year == request.Year && e.Kind == null)
            .Select(e => new { e.LineId, e.Sequence, e.Month }).ToListAsync(ct);
        var latest = entries.GroupBy(e => e.LineId).Select(g => g.MaxBy(e => e.Sequence)!).OrderBy(e => e.LineId, StringComparer.Ordinal);
        foreach (var chunk in latest.Chunk(PageSize))
        {
            var message = new LineMonthBatch();
            message.LineIds.AddRange(chunk.Select(e => e.LineId));
            message.Months.AddRange(chunk.Select(e => e.Month ?? 0));
            await responseStream.WriteAsync(message, ct);
        }
    }

    public override async Task ListRecordedBatches(ListRecordedBatchesRequest request, IServerStreamWriter<ParkYearBatches> responseStream,
        ServerCallContext context)
    {
        Guid? parkId = request.ParkId.Length == 0 ? null
            : Guid.TryParse(request.ParkId, out var p) ? p : throw new RpcException(new Status(StatusCode.InvalidArgument, "park_id is not a GUID"));
        var ct = context.CancellationToken;
        var batches = db.Batches.AsNoTracking().Where(b => parkId == null || b.ParkId == parkId)
            .OrderBy(b => b.ParkId).ThenBy(b => b.Year).Select(b => new { b.ParkId, b.Year, b.Id }).AsAsyncEnumerable();
        ParkYearBatches? current = null;
        await foreach (var b in batches.WithCancellation(ct))
        {
            if (current is not null && (current.ParkId != b.ParkId.ToString() || current.Year != b.Year))
            {
                await responseStream.WriteAsync(current, ct);
                current = null;
            }
            current ??= new ParkYearBatches { ParkId = b.ParkId.ToString(), Year = b.Year };
            current.BatchIds.Add(b.Id.ToString());
        }
        if (current is not null) await responseStream.WriteAsync(current, ct);
    }
}
