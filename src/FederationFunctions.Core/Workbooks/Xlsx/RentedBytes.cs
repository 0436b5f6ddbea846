using System.Buffers;

namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>Bytes held in an array rented from <see cref="ArrayPool{T}.Shared"/>; <see cref="Dispose"/> gives the array back.</summary>
internal sealed class RentedBytes(byte[] array, int length) : IDisposable
{
    private byte[]? _array = array;

    /// <summary>The bytes; not to be used after <see cref="Dispose"/>.</summary>
    public ReadOnlyMemory<byte> Memory => (_array ?? throw new ObjectDisposedException(nameof(RentedBytes))).AsMemory(0, length);

    public void Dispose()
    {
        var array = Interlocked.Exchange(ref _array, null);
        if (array is not null)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }
}
