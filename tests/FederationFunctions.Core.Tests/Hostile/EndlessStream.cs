using FederationFunctions.Core.IO;

namespace FederationFunctions.Core.Tests.Hostile;

/// <summary>A non-seekable stream that never ends (counts what was read), to prove a reader stops on its own.</summary>
public sealed class EndlessStream : ForwardOnlyReadStream
{
    public long BytesRead { get; private set; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        buffer.AsSpan(offset, count).Fill((byte)'A');
        BytesRead += count;
        return count;
    }
}
