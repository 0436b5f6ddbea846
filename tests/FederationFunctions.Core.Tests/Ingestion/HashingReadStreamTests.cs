using System.Text;
using FederationFunctions.Core.Ingestion;

namespace FederationFunctions.Core.Tests.Ingestion;

public class HashingReadStreamTests
{
    [Fact]
    public async Task PartlyReadThenDisposedByReader_HashCoversWholeContent()
    {
        using var inner = new MemoryStream(Encoding.ASCII.GetBytes("abc"));
        var hashing = new HashingReadStream(inner);
        var buffer = new byte[1];
        Assert.Equal(1, await hashing.ReadAsync(buffer));
        await hashing.DisposeAsync();

        var hash = await hashing.FinishAsync(CancellationToken.None);

        // SHA-256("abc"), FIPS 180-2 test vector.
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hash);
    }
}
