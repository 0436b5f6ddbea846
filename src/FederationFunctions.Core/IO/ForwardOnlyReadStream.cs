namespace FederationFunctions.Core.IO;

/// <summary>
/// Base for a read-only stream that can only be read forward (like a blob download): no length, no position,
/// no seeking and no writing. A derived stream supplies <see cref="Stream.Read(byte[], int, int)"/> and whatever it wraps.
/// </summary>
public abstract class ForwardOnlyReadStream : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
