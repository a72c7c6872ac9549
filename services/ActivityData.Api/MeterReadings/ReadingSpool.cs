namespace CarbonPlatform.ActivityData.MeterReadings;

/// <summary>
/// Checked readings parked on local disk while the upload is still arriving, so the database's write transaction only
/// opens once the whole file is in and lasts as long as inserting from disk: a slow upload holds no lock any other
/// park's write has to wait for. Memory stays flat (a temp file, deleted on dispose).
/// </summary>
public sealed class ReadingSpool : IAsyncDisposable
{
    private readonly FileStream _file = new(Path.Combine(Path.GetTempPath(), $"carbon-readings-{Guid.NewGuid():N}.spool"), FileMode.CreateNew,
        FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
    private readonly BinaryWriter _writer;

    public ReadingSpool() => _writer = new BinaryWriter(_file, System.Text.Encoding.UTF8, leaveOpen: true);

    public int Count { get; private set; }

    public void Add(ReadingRow reading, int row)
    {
        _writer.Write(row);
        _writer.Write(reading.SourceId.ToByteArray());
        _writer.Write(reading.ReadAt.Ticks);
        _writer.Write(reading.Quantity);
        _writer.Write(reading.Fuel is not null);
        if (reading.Fuel is not null) _writer.Write(reading.Fuel);
        Count++;
    }

    /// <summary>The readings in the order they were added, with their row numbers in the file.</summary>
    public IEnumerable<(ReadingRow Reading, int Row)> ReadAll()
    {
        _writer.Flush();
        _file.Position = 0;
        using var reader = new BinaryReader(_file, System.Text.Encoding.UTF8, leaveOpen: true);
        for (var i = 0; i < Count; i++)
        {
            var row = reader.ReadInt32();
            var source = new Guid(reader.ReadBytes(16));
            var readAt = new DateTime(reader.ReadInt64());
            var quantity = reader.ReadDouble();
            var fuel = reader.ReadBoolean() ? reader.ReadString() : null;
            yield return (new ReadingRow(source, readAt, quantity, fuel), row);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        await _file.DisposeAsync();
    }
}
