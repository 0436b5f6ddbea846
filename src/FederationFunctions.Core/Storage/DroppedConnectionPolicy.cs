using System.Net.Sockets;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace FederationFunctions.Core.Storage;

/// <summary>
/// Turns a bare <see cref="SocketException"/> into the failed request the Azure SDK retries. When a connection drops while it
/// is being set up, .NET's <c>HttpConnectionPool</c> can throw that exception unwrapped (not as an
/// <see cref="HttpRequestException"/>, which the SDK's transport wraps and its retry policy retries), so the SDK gave up at
/// once although a new connection would succeed. Seen when storage restarted in the middle of a sweep
/// (<c>docs/reliability.md</c>). Sits after the retry policy, so each attempt goes through it.
/// </summary>
internal sealed class DroppedConnectionPolicy : HttpPipelinePolicy
{
    public static DroppedConnectionPolicy Instance { get; } = new();

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        try
        {
            ProcessNext(message, pipeline);
        }
        catch (SocketException e)
        {
            throw new RequestFailedException(e.Message, e);
        }
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        try
        {
            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        }
        catch (SocketException e)
        {
            throw new RequestFailedException(e.Message, e);
        }
    }
}
