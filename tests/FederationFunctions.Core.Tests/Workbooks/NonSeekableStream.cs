using FederationFunctions.Core.IO;

namespace FederationFunctions.Core.Tests.Workbooks;

/// <summary>A read-only, non-seekable view of bytes, like a blob download stream.</summary>
public sealed class NonSeekableStream(byte[] bytes) : ForwardOnlyReadStream
{
    private readonly MemoryStream _inner = new(bytes, writable: false);

    public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, 1000));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
