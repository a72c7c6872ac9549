using CarbonPlatform.ActivityData.MeterReadings;

namespace CarbonPlatform.ActivityData.Tests.MeterReadings;

public sealed class ReadingInserterTests
{
    private sealed class Sink(Func<ReadingRow, bool> insert) : IReadingSink
    {
        public int Inserted;
        public bool Disposed;

        public bool TryInsert(in ReadingRow reading)
        {
            var ok = insert(reading);
            if (ok) Interlocked.Increment(ref Inserted);
            return ok;
        }

        public void Dispose() => Disposed = true;
    }

    private static ReadingRow Reading(int i) => new(Guid.Empty, new DateTime(2025, 1, 1).AddMinutes(i), i, null);

    [Fact]
    public async Task Every_reading_reaches_the_sink_and_refused_ones_are_reported_by_file_row()
    {
        var sink = new Sink(r => r.Quantity % 1000 != 7); // rows whose reading the database already has
        await using (var inserter = new ReadingInserter(sink, reportedDuplicates: 3, CancellationToken.None))
        {
            for (var i = 0; i < 10_000; i++) await inserter.AddAsync(Reading(i), row: i + 2, CancellationToken.None);
            await inserter.CompleteAsync(CancellationToken.None);

            Assert.Equal(9_990, sink.Inserted);
            Assert.Equal(10, inserter.DuplicateCount);
            Assert.Equal([9, 1009, 2009], inserter.Duplicates.Select(d => d.Row));
        }
        Assert.True(sink.Disposed);
    }

    [Fact]
    public async Task A_failing_insert_is_thrown_to_the_importer_as_itself()
    {
        var sink = new Sink(r => r.Quantity < 5_000 ? true : throw new IOException("disk full"));
        await using var inserter = new ReadingInserter(sink, 10, CancellationToken.None);

        var thrown = await Assert.ThrowsAsync<IOException>(async () =>
        {
            for (var i = 0; i < 200_000; i++) await inserter.AddAsync(Reading(i), i + 2, CancellationToken.None);
            await inserter.CompleteAsync(CancellationToken.None);
        });

        Assert.Equal("disk full", thrown.Message);
        Assert.Equal(5_000, sink.Inserted);
    }

    [Fact]
    public async Task An_abandoned_import_stops_inserting_before_its_transaction_is_rolled_back()
    {
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var sink = new Sink(_ => { entered.Set(); return release.Wait(TimeSpan.FromSeconds(10)); });
        var inserter = new ReadingInserter(sink, 10, CancellationToken.None);
        for (var i = 0; i < 2_048 * 4; i++) await inserter.AddAsync(Reading(i), i + 2, CancellationToken.None);
        Assert.True(entered.Wait(TimeSpan.FromSeconds(10)), "the insert thread never started");

        var disposing = inserter.DisposeAsync().AsTask();
        release.Set();
        await disposing;

        Assert.True(sink.Disposed);
        Assert.InRange(sink.Inserted, 1, 2_048); // the chunk under way is finished; the ones queued behind it are not
    }
}
