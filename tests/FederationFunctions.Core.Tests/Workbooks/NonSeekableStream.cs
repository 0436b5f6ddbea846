using FederationFunctions.Core.IO;

namespace FederationFunctions.Core.Tests.Workbooks;

/// <summary>
/// A read-only, non-seekable view of bytes, like a blob download stream or an inflating zip entry: each read gives at
/// most <paramref name="chunkSize"/> bytes.
/// </summary>
public sealed class NonSeekableStream(byte[] bytes, int chunkSize = 1000) : ForwardOnlyReadStream
{
    private readonly MemoryStream _inner = new(bytes, writable: false);

    public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, chunkSize));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
