using System.Diagnostics;
using System.Threading.Channels;
using CarbonPlatform.BuildingBlocks.AccessLog;

namespace CarbonPlatform.BuildingBlocks.Tests.AccessLog;

/// <summary>How noted reads are cut into batches: by size, or by the window opened by a batch's first read.</summary>
public sealed class ParkReadBatchingTests
{
    private static ChannelReader<int> Queue(params int[] items)
    {
        var channel = Channel.CreateUnbounded<int>();
        foreach (var item in items) channel.Writer.TryWrite(item);
        return channel.Reader;
    }

    [Fact]
    public async Task Reads_noted_within_the_window_leave_as_one_batch()
    {
        var batch = await ParkReadBatches.NextAsync(Queue(1, 2, 3), size: 200, TimeSpan.FromMilliseconds(200), CancellationToken.None);

        Assert.Equal([1, 2, 3], batch);
    }

    [Fact]
    public async Task A_full_batch_leaves_at_once_without_waiting_for_its_window()
    {
        var reads = Queue(Enumerable.Range(1, 450).ToArray());
        var clock = Stopwatch.StartNew();

        var first = await ParkReadBatches.NextAsync(reads, size: 200, TimeSpan.FromSeconds(30), CancellationToken.None);
        var second = await ParkReadBatches.NextAsync(reads, size: 200, TimeSpan.FromSeconds(30), CancellationToken.None);
        var filledIn = clock.Elapsed;
        var last = await ParkReadBatches.NextAsync(reads, size: 200, TimeSpan.FromMilliseconds(100), CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, 200), first);
        Assert.Equal(Enumerable.Range(201, 200), second);
        Assert.Equal(Enumerable.Range(401, 50), last);
        Assert.True(filledIn < TimeSpan.FromSeconds(10), $"full batches waited {filledIn} for their window");
    }

    [Fact]
    public async Task A_read_noted_while_the_window_is_open_joins_the_batch_and_a_later_one_starts_the_next()
    {
        var channel = Channel.CreateUnbounded<int>();
        channel.Writer.TryWrite(1);

        var open = ParkReadBatches.NextAsync(channel.Reader, size: 200, TimeSpan.FromMilliseconds(600), CancellationToken.None);
        await Task.Delay(100);
        channel.Writer.TryWrite(2);
        var batch = await open;
        channel.Writer.TryWrite(3);
        var next = await ParkReadBatches.NextAsync(channel.Reader, size: 200, TimeSpan.FromMilliseconds(50), CancellationToken.None);

        Assert.Equal([1, 2], batch);
        Assert.Equal([3], next);
    }

    [Fact]
    public async Task Stopping_while_a_batch_is_open_hands_back_what_it_holds()
    {
        using var stopping = new CancellationTokenSource();
        var open = ParkReadBatches.NextAsync(Queue(7), size: 200, TimeSpan.FromSeconds(30), stopping.Token);

        await stopping.CancelAsync();

        Assert.Equal([7], await open);
    }

    [Fact]
    public async Task Stopping_with_nothing_noted_ends_the_wait()
    {
        using var stopping = new CancellationTokenSource();
        var waiting = ParkReadBatches.NextAsync(Queue(), size: 200, TimeSpan.FromSeconds(30), stopping.Token);

        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }
}
