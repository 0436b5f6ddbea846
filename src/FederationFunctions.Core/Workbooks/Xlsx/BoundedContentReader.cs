namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>Reads a stream (seekable or not) into memory, giving up as soon as it passes a size limit.</summary>
internal static class BoundedContentReader
{
    private const int ChunkSize = 81_920;

    /// <summary>The stream's bytes, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        if (content.CanSeek)
        {
            var remaining = content.Length - content.Position;
            if (remaining > maxBytes)
            {
                return null;
            }
        }

        var capacity = content.CanSeek ? (int)Math.Max(0, content.Length - content.Position) + 1 : ChunkSize;
        var buffer = new byte[Math.Min(capacity, maxBytes + 1)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > maxBytes)
                {
                    return null;
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, maxBytes + 1));
            }

            var read = await content.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (length > maxBytes)
            {
                return null;
            }
        }

        return buffer.AsMemory(0, length);
    }
}
