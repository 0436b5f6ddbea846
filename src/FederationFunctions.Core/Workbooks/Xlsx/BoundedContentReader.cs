using System.Buffers;

namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>
/// Reads a stream (seekable or not) into memory, giving up as soon as it passes a size limit. The bytes live in an
/// array rented from the shared pool, so that a large upload does not cost a new large-object-heap array each time.
/// </summary>
internal static class BoundedContentReader
{
    private const int ChunkSize = 81_920;

    /// <summary>The stream's bytes (to be disposed by the caller), or null when it holds more than <paramref name="maxBytes"/>.</summary>
    public static async Task<RentedBytes?> ReadAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
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
        byte[]? buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(capacity, maxBytes + 1));
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > maxBytes)
                    {
                        return null;
                    }

                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, maxBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                // A rented array may be longer than asked for: never read more than one byte past the limit.
                var wanted = (int)Math.Min(buffer.Length - length, maxBytes + 1 - length);
                var read = await content.ReadAsync(buffer.AsMemory(length, wanted), cancellationToken).ConfigureAwait(false);
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

            var bytes = new RentedBytes(buffer, length);
            buffer = null;
            return bytes;
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
