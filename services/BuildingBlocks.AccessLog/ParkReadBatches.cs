using System.Threading.Channels;

namespace CarbonPlatform.BuildingBlocks.AccessLog;

public static class ParkReadBatches
{
    /// <summary>
    /// Waits for a first item, then takes more until the batch holds <paramref name="size"/> or <paramref name="window"/>
    /// has passed since the first arrived. Stopping (<paramref name="cancellationToken"/>) while a batch is open returns
    /// what it holds, so nothing already taken is lost; stopping before the first item throws.
    /// </summary>
    public static async Task<List<T>> NextAsync<T>(ChannelReader<T> reader, int size, TimeSpan window, CancellationToken cancellationToken)
    {
        var batch = new List<T>(size);
        if (!await reader.WaitToReadAsync(cancellationToken)) return batch;
        using var open = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        open.CancelAfter(window);
        try
        {
            while (true)
            {
                while (batch.Count < size && reader.TryRead(out var item)) batch.Add(item);
                if (batch.Count == size || !await reader.WaitToReadAsync(open.Token)) break;
            }
        }
        catch (OperationCanceledException) when (open.IsCancellationRequested)
        {
            // The window closed (or the service stops): the batch leaves with what it has.
        }
        return batch;
    }
}
