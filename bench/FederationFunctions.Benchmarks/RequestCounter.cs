using Azure.Core;
using Azure.Core.Pipeline;

namespace FederationFunctions.Benchmarks;

/// <summary>Counts the HTTP requests a storage client sends (every try, retries included), and among them the entity-group transactions.</summary>
internal sealed class RequestCounter : HttpPipelinePolicy
{
    private long _requests;
    private long _batches;

    public long Requests => Interlocked.Read(ref _requests);

    public long Batches => Interlocked.Read(ref _batches);

    public void Reset()
    {
        Interlocked.Exchange(ref _requests, 0);
        Interlocked.Exchange(ref _batches, 0);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Count(HttpMessage message)
    {
        Interlocked.Increment(ref _requests);
        if (message.Request.Uri.Path.EndsWith("/$batch", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _batches);
        }
    }
}
