using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace CarbonPlatform.ActivityData.MeterReadings;

/// <summary>
/// How a streamed readings file is decoded. Its rows are ASCII (ids, times, numbers, fuel codes); its header is the one
/// place with Chinese, in UTF-8 (with or without BOM) or in GB18030/GBK as Chinese Excel writes it. So the header decides:
/// the same rule (<see cref="Imports.FileEncodings"/>) the spooled imports apply to the whole file.
/// </summary>
public static class ReadingEncoding
{
    private const int Sniffed = 4096;

    /// <summary>The body (the bytes read to decide are given back first) and its encoding.</summary>
    public static async Task<(Stream Body, Encoding Encoding)> DetectAsync(Stream body, CancellationToken ct)
    {
        var head = new byte[Sniffed];
        var n = await body.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        var newline = Array.IndexOf(head, (byte)'\n', 0, n);
        var header = head.AsSpan(0, newline < 0 ? n : newline);
        var utf8 = IsUtf8(header, complete: newline >= 0 || n < head.Length);
        return (new PrefixedStream(head.AsMemory(0, n), body), Imports.FileEncodings.For(utf8));
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes, bool complete)
    {
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            // Not complete: the header goes on past what was read, and may stop mid-character.
            return Utf8.ToUtf16(bytes, chars, out _, out _, replaceInvalidSequences: false, isFinalBlock: complete) != System.Buffers.OperationStatus.InvalidData;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}

/// <summary>A read-only stream that gives <c>prefix</c> and then the rest of <c>inner</c>.</summary>
public sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream inner) : AsyncReadStream
{
    private ReadOnlyMemory<byte> _prefix = prefix;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_prefix.IsEmpty) return await inner.ReadAsync(buffer, cancellationToken);
        var n = Math.Min(buffer.Length, _prefix.Length);
        _prefix[..n].CopyTo(buffer);
        _prefix = _prefix[n..];
        return n;
    }

}
