using System.Text;

namespace CarbonPlatform.ActivityData.MeterReadings;

/// <summary>
/// Lines of a streamed text file, each decoded on its own: bytes the encoding cannot read do not stop the file (as a
/// throwing <see cref="StreamReader"/> would, a 500 halfway through) and are never replaced with '?'; the line
/// says where they are (<see cref="Invalid"/>), so the row and column can be reported. Lines end at LF, which no UTF-8
/// or GB18030 multi-byte sequence contains; a CR before it and a UTF-8 byte order mark are dropped.
/// </summary>
public sealed class CheckedLineReader(Stream stream, Encoding encoding) : TextReader
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private byte[] _buffer = new byte[1 << 16];
    private int _start, _end;
    private bool _ended, _first = true;

    /// <summary>For the line last read: the character (from 1) where unreadable bytes start and the comma-separated column it is in.</summary>
    public (int Character, int Column)? Invalid { get; private set; }

    public override async Task<string?> ReadLineAsync()
    {
        Invalid = null;
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0 || (_ended && _start < _end))
            {
                var stop = newline >= 0 ? newline : _end;
                var line = Decode(_buffer.AsSpan(_start, stop - _start));
                _start = newline >= 0 ? newline + 1 : _end;
                return line;
            }
            if (_ended) return null;
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                (_end, _start) = (_end - _start, 0);
            }
            if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
            var n = await stream.ReadAsync(_buffer.AsMemory(_end));
            if (n == 0) _ended = true;
            else _end += n;
        }
    }

    private string Decode(ReadOnlySpan<byte> bytes)
    {
        if (_first && encoding is UTF8Encoding && bytes.StartsWith(Utf8Bom)) bytes = bytes[Utf8Bom.Length..];
        _first = false;
        if (bytes.EndsWith((byte)'\r')) bytes = bytes[..^1];
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var readable = encoding.GetString(bytes[..Math.Clamp(e.Index, 0, bytes.Length)]);
            Invalid = (readable.Length + 1, readable.Count(c => c == ',') + 1);
            return readable;
        }
    }
}
