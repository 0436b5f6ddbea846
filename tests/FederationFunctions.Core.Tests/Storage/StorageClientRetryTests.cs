using System.Net.Sockets;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using FederationFunctions.Core.Storage;

namespace FederationFunctions.Core.Tests.Storage;

/// <summary>
/// The storage clients retry a connection dropped while it is being set up (a bare <see cref="SocketException"/>, which the
/// SDK alone does not retry), so that a function rides through a storage restart instead of failing the upload.
/// </summary>
public class StorageClientRetryTests
{
    private static readonly StorageClientOptions Quick = new() { MaxRetries = 2, RetryDelay = TimeSpan.FromMilliseconds(1), MaxRetryDelay = TimeSpan.FromMilliseconds(2) };

    [Fact]
    public async Task BlobClient_BareSocketErrorEachTime_TriesMaxRetriesPlusOne()
    {
        var transport = new DroppedConnectionTransport();
        var options = Quick.ToBlobClientOptions();
        options.Transport = transport;
        var container = new BlobContainerClient(new Uri("http://127.0.0.1:10000/devstoreaccount1/uploads"), options);

        await Assert.ThrowsAnyAsync<Exception>(() => container.ExistsAsync());

        Assert.Equal(Quick.MaxRetries + 1, transport.Calls);
    }

    [Fact]
    public async Task TableClient_BareSocketErrorEachTime_TriesMaxRetriesPlusOne()
    {
        var transport = new DroppedConnectionTransport();
        var options = Quick.ToTableClientOptions();
        options.Transport = transport;
        var table = new TableClient(new Uri("http://127.0.0.1:10002/devstoreaccount1/ledger"), options);

        await Assert.ThrowsAnyAsync<Exception>(() => table.GetEntityIfExistsAsync<TableEntity>("p", "r"));

        Assert.Equal(Quick.MaxRetries + 1, transport.Calls);
    }

    [Fact]
    public async Task BlobClient_RefusedRequest_IsNotRetried()
    {
        var transport = new DroppedConnectionTransport(new InvalidOperationException("not a network error"));
        var options = Quick.ToBlobClientOptions();
        options.Transport = transport;
        var container = new BlobContainerClient(new Uri("http://127.0.0.1:10000/devstoreaccount1/uploads"), options);

        await Assert.ThrowsAnyAsync<Exception>(() => container.ExistsAsync());

        Assert.Equal(1, transport.Calls);
    }

    /// <summary>A transport whose every request fails as .NET fails it when a connection drops while being set up.</summary>
    private sealed class DroppedConnectionTransport(Exception? failure = null) : HttpPipelineTransport
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public override Request CreateRequest() => HttpClientTransport.Shared.CreateRequest();

        public override void Process(HttpMessage message) => throw Fail();

        public override ValueTask ProcessAsync(HttpMessage message) => throw Fail();

        private Exception Fail()
        {
            Interlocked.Increment(ref _calls);
            return failure ?? new SocketException((int)SocketError.NotConnected);
        }
    }
}
