using CarbonPlatform.BuildingBlocks.Tenancy;
using CarbonPlatform.Contracts.Grpc.ActivityData;
using Grpc.Core;
using ProtoLine = CarbonPlatform.Contracts.Grpc.Common.ActivityLine;

namespace CarbonPlatform.Accounting.Tests;

internal sealed class OneParkDirectory(ParkScope park) : IParkDirectory
{
    public Task<ParkScope?> FindAsync(Guid parkId, CancellationToken cancellationToken = default, bool fresh = false) =>
        Task.FromResult(parkId == park.ParkId ? park : null);
}

/// <summary>activity-data's ledger stream: the park-year's current lines and the batches they came in, as one page.</summary>
internal sealed class LedgerStub : ActivityLedger.ActivityLedgerClient
{
    public List<string> Batches { get; set; } = [];
    public List<ProtoLine> Lines { get; set; } = [];
    /// <summary>What activity-data says it recorded (the read-time check); null: the batches of <see cref="Batches"/>.</summary>
    public List<string>? Recorded { get; set; }

    public override AsyncUnaryCall<RecordedBatchDigest> GetRecordedBatchDigestAsync(StreamLinesRequest request, CallOptions options)
    {
        var recorded = Recorded ?? Batches;
        return new AsyncUnaryCall<RecordedBatchDigest>(Task.FromResult(new RecordedBatchDigest { Count = recorded.Count, Digest = BatchSetDigest.Of(recorded) }),
            Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
    }

    public override AsyncServerStreamingCall<ActivityLineBatch> StreamLines(StreamLinesRequest request, CallOptions options)
    {
        var page = new ActivityLineBatch();
        page.Lines.AddRange(Lines.Select(l => l.Clone()));
        page.BatchIds.AddRange(Batches);
        return new AsyncServerStreamingCall<ActivityLineBatch>(new OnePage(page), Task.FromResult(new Metadata()),
            () => Status.DefaultSuccess, () => [], () => { });
    }

    private sealed class OnePage(ActivityLineBatch page) : IAsyncStreamReader<ActivityLineBatch>
    {
        private bool _read;
        public ActivityLineBatch Current => page;
        public Task<bool> MoveNext(CancellationToken cancellationToken) => Task.FromResult(!_read && (_read = true));
    }
}
