using System.Threading.Channels;

namespace CarbonPlatform.ActivityData.MeterReadings;

/// <summary>
/// The second stage of an import: inserts checked readings on a thread of its own while the request thread goes on
/// reading and checking the file, so parsing and the database share the cores instead of taking turns. Readings travel
/// in chunks through a bounded channel: memory stays at a few chunks however long the file.
/// </summary>
public sealed class ReadingInserter : IAsyncDisposable
{
    private const int ChunkSize = 2_048;
    private const int ChunksInFlight = 16;
    private readonly Channel<(ReadingRow Reading, int Row)[]> _chunks =
        Channel.CreateBounded<(ReadingRow, int)[]>(new BoundedChannelOptions(ChunksInFlight) { SingleReader = true, SingleWriter = true });
    private readonly IReadingSink _sink;
    private readonly int _reportedDuplicates;
    private readonly Task _inserting;
    private (ReadingRow, int)[] _chunk = new (ReadingRow, int)[ChunkSize];
    private int _filled;
    private volatile bool _abandoned;

    public ReadingInserter(IReadingSink sink, int reportedDuplicates, CancellationToken ct)
    {
        _sink = sink;
        _reportedDuplicates = reportedDuplicates;
        _inserting = Task.Factory.StartNew(() => Insert(ct), ct, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>File rows whose reading the database already had (their source read at that time before), in order.</summary>
    public List<(int Row, DateTime ReadAt)> Duplicates { get; } = [];

    public int DuplicateCount { get; private set; }

    public async ValueTask AddAsync(ReadingRow reading, int row, CancellationToken ct)
    {
        _chunk[_filled++] = (reading, row);
        if (_filled < ChunkSize) return;
        await WriteAsync(_chunk, ct);
        _chunk = new (ReadingRow, int)[ChunkSize];
        _filled = 0;
    }

    /// <summary>Inserts what is left and waits for the insert thread: after this, <see cref="Duplicates"/> is complete.</summary>
    public async Task CompleteAsync(CancellationToken ct)
    {
        if (_filled > 0) await WriteAsync(_chunk[.._filled], ct);
        _filled = 0;
        _chunks.Writer.TryComplete();
        await _inserting;
    }

    private async ValueTask WriteAsync((ReadingRow, int)[] chunk, CancellationToken ct)
    {
        try
        {
            await _chunks.Writer.WriteAsync(chunk, ct);
        }
        catch (ChannelClosedException)
        {
            await _inserting; // the insert thread stopped: throw what stopped it
            throw;
        }
    }

    private void Insert(CancellationToken ct)
    {
        try
        {
            while (!_abandoned && _chunks.Reader.WaitToReadAsync(ct).AsTask().GetAwaiter().GetResult())
                while (!_abandoned && _chunks.Reader.TryRead(out var chunk))
                    foreach (var (reading, row) in chunk)
                    {
                        if (_sink.TryInsert(reading)) continue;
                        if (++DuplicateCount <= _reportedDuplicates) Duplicates.Add((row, reading.ReadAt));
                    }
        }
        catch (Exception e)
        {
            _chunks.Writer.TryComplete(e); // the request thread's next write throws it instead of waiting for room
            throw;
        }
    }

    /// <summary>Stops the insert thread (a refused or abandoned import) before the transaction is rolled back.</summary>
    public async ValueTask DisposeAsync()
    {
        _abandoned = true;
        _chunks.Writer.TryComplete();
        // A failure of the insert thread has already been thrown by CompleteAsync or AddAsync; an abandoned import
        // is answering (or throwing) for its own reason and rolls back either way.
        await _inserting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _sink.Dispose();
    }
}
