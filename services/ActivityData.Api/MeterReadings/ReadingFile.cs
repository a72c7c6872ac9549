using System.Security.Cryptography;

namespace CarbonPlatform.ActivityData.MeterReadings;

/// <summary>
/// The rows of a readings CSV, one at a time. Meter exports are plain (ids, times, numbers): a row with a quote is
/// split by RFC 4180 rules, every other row by its commas, which keeps the common case cheap.
/// </summary>
public sealed class ReadingFile(CheckedLineReader reader)
{
    /// <summary>The file line of the row last read (1 = the header).</summary>
    public int Row { get; private set; }

    /// <summary>Where the row last read has bytes its encoding cannot read (its cells are then none).</summary>
    public (int Character, int Column)? InvalidBytes => reader.Invalid;

    public async Task<string[]?> NextAsync()
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            Row++;
            if (reader.Invalid is not null) return [];
            if (line.Length == 0) continue;
            if (!line.Contains('"')) return line.Split(',');
            using var text = new StringReader(line);
            return Imports.CsvRecordReader.Read(text).FirstOrDefault()?.Fields.ToArray() ?? [];
        }
        return null;
    }
}

/// <summary>Passes a request body through while hashing it: the batch keeps the SHA-256 of exactly what was uploaded.</summary>
public sealed class HashingStream(Stream inner) : AsyncReadStream
{
    private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private string? _hash;

    /// <summary>The SHA-256 of what was read; reading ends with the first call (drain the rest first for the whole body's).</summary>
    public string Hash() => _hash ??= Convert.ToHexString(_sha.GetHashAndReset());

    /// <summary>Reads (and hashes) whatever of the body is still unread, without keeping it.</summary>
    public async Task DrainAsync(CancellationToken ct)
    {
        var buffer = new byte[64 * 1024];
        while (await ReadAsync(buffer, ct) > 0) { }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var n = await inner.ReadAsync(buffer, cancellationToken);
        _sha.AppendData(buffer.Span[..n]);
        return n;
    }

}
