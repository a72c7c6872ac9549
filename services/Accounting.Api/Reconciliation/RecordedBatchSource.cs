using CarbonPlatform.Contracts.Grpc.ActivityData;
using Grpc.Core;

namespace CarbonPlatform.Accounting.Reconciliation;

/// <summary>Where reconciliation learns which batches were recorded: activity-data's ledger.</summary>
public interface IRecordedBatchSource
{
    IAsyncEnumerable<RecordedBatches> ReadAsync(Guid? parkId, CancellationToken ct);
}

public sealed class LedgerRecordedBatches(ActivityLedger.ActivityLedgerClient ledger) : IRecordedBatchSource
{
    public async IAsyncEnumerable<RecordedBatches> ReadAsync(Guid? parkId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        using var call = ledger.ListRecordedBatches(new ListRecordedBatchesRequest { ParkId = parkId?.ToString() ?? "" }, cancellationToken: ct);
        await foreach (var parkYear in call.ResponseStream.ReadAllAsync(ct))
            yield return new RecordedBatches(Guid.Parse(parkYear.ParkId), parkYear.Year, parkYear.BatchIds.ToHashSet());
    }
}
