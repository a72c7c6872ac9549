using CarbonPlatform.ActivityData.Data;
using CarbonPlatform.ActivityData.Records;
using CarbonPlatform.Contracts.Grpc.ActivityData;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

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
            message.Lines.AddRange(page.Select(r => r.ToProto()));
            if (first) message.BatchIds.AddRange(batchIds);
            if (page.Count > 0 || first) await responseStream.WriteAsync(message, ct);
            first = false;
            if (page.Count < PageSize) return;
            after = page[^1].Id;
        }
    }
}
