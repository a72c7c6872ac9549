using System.Text;

namespace CarbonPlatform.ActivityData.Imports;

/// <summary>
/// The two encodings an uploaded text file is read in: valid UTF-8 (with or without BOM) as UTF-8, anything else as
/// GB18030, which covers GBK and GB2312 (what Chinese Excel writes). Both refuse invalid bytes rather than replace them
/// with '?': a line id read as "?0??" would be stored as if the file had said so.
/// </summary>
public static class FileEncodings
{
    static FileEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding For(bool validUtf8) => validUtf8
        ? new UTF8Encoding(false, throwOnInvalidBytes: true)
        : Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    /// <summary>
    /// Where the first byte sequence the encoding cannot read is: its row (1 = the first line) and character column, or
    /// null when every line decodes. Lines are split on LF, which no GB18030 or UTF-8 multi-byte sequence contains.
    /// </summary>
    public static async Task<(int Row, int Column)?> FirstInvalidAsync(Stream text, Encoding encoding, CancellationToken ct)
    {
        var start = text.Position;
        try
        {
            var line = new MemoryStream();
            var buffer = new byte[64 * 1024];
            var row = 1;
            int n;
            while ((n = await text.ReadAsync(buffer, ct)) > 0)
                for (var i = 0; i < n; i++)
                {
                    if (buffer[i] != (byte)'\n') { line.WriteByte(buffer[i]); continue; }
                    if (Invalid(line, encoding) is { } column) return (row, column);
                    (row, line.Position) = (row + 1, 0);
                    line.SetLength(0);
                }
            return Invalid(line, encoding) is { } last ? (row, last) : null;
        }
        finally
        {
            text.Position = start;
        }
    }

    private static int? Invalid(MemoryStream line, Encoding encoding)
    {
        var bytes = line.GetBuffer().AsSpan(0, (int)line.Length);
        try
        {
            encoding.GetCharCount(bytes);
            return null;
        }
        catch (DecoderFallbackException e)
        {
            var valid = Math.Clamp(e.Index, 0, bytes.Length);
            return encoding.GetCharCount(bytes[..valid]) + 1;
        }
    }
}
