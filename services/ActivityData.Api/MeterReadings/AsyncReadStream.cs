namespace CarbonPlatform.ActivityData.MeterReadings;

/// <summary>
/// A request body on its way through an import: read forwards, asynchronously (Kestrel's body refuses synchronous
/// reads), never written or sought. Subclasses give <see cref="Stream.ReadAsync(Memory{byte}, CancellationToken)"/>.
/// </summary>
public abstract class AsyncReadStream : Stream
{
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("The body is read asynchronously.");
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
