using System.Security.Cryptography;
using System.Text;

namespace CarbonPlatform.ActivityData.Imports;

/// <summary>
/// The uploaded file, spooled to a temporary file as it arrives (never whole in memory), with its size capped, its
/// SHA-256 and whether it is valid UTF-8 worked out on the way: valid UTF-8 (with or without BOM) is read as UTF-8,
/// anything else as GB18030 (which covers GBK and GB2312). A file that starts as a zip does ("PK\x03\x04") is taken for an
/// XLSX workbook, whatever its name or content type says.
/// </summary>
public sealed class ImportUpload : IAsyncDisposable
{
    public const long MaxBytes = 5 * 1024 * 1024;

    private readonly FileStream _file;

    private ImportUpload(FileStream file, string hash, Encoding encoding, bool isWorkbook, (int Row, int Column)? invalidText) =>
        (_file, Hash, Encoding, IsWorkbook, InvalidText) = (file, hash, encoding, isWorkbook, invalidText);

    public string Hash { get; }
    public Encoding Encoding { get; }
    public bool IsWorkbook { get; }
    /// <summary>A text file with bytes that are neither UTF-8 nor GB18030: where the first such bytes are.</summary>
    public (int Row, int Column)? InvalidText { get; }

    /// <summary>The upload, or null when it is larger than <see cref="MaxBytes"/>.</summary>
    public static async Task<ImportUpload?> SpoolAsync(Stream body, CancellationToken ct)
    {
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var valid = true;
        var buffer = new byte[64 * 1024];
        var chars = new char[buffer.Length + 4];
        long total = 0;
        int n;
        while ((n = await body.ReadAsync(buffer, ct)) > 0)
        {
            total += n;
            if (total > MaxBytes) { await file.DisposeAsync(); return null; }
            sha.AppendData(buffer, 0, n);
            if (valid) valid = Decodes(utf8, buffer, n, chars, flush: false);
            await file.WriteAsync(buffer.AsMemory(0, n), ct);
        }
        if (valid) valid = Decodes(utf8, buffer, 0, chars, flush: true);
        file.Position = 0;
        var magic = new byte[4];
        var isWorkbook = await file.ReadAtLeastAsync(magic, magic.Length, throwOnEndOfStream: false, ct) == magic.Length && magic is [0x50, 0x4B, 0x03, 0x04];
        file.Position = 0;
        var encoding = FileEncodings.For(valid);
        var invalid = valid || isWorkbook ? null : await FileEncodings.FirstInvalidAsync(file, encoding, ct);
        return new ImportUpload(file, Convert.ToHexString(sha.GetHashAndReset()), encoding, isWorkbook, invalid);
    }

    private static bool Decodes(Decoder decoder, byte[] bytes, int count, char[] chars, bool flush)
    {
        try { decoder.GetChars(bytes, 0, count, chars, 0, flush); return true; }
        catch (DecoderFallbackException) { return false; }
    }

    /// <summary>The text, decoded; a UTF-8 byte-order mark is skipped.</summary>
    public TextReader OpenText() => new StreamReader(_file, Encoding, detectEncodingFromByteOrderMarks: Encoding is UTF8Encoding, 64 * 1024, leaveOpen: true);

    /// <summary>The bytes as uploaded, from the start (for a workbook).</summary>
    public Stream OpenBinary()
    {
        _file.Position = 0;
        return _file;
    }

    public ValueTask DisposeAsync() => _file.DisposeAsync();
}
