using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace FederationFunctions.Cli.Infrastructure;

/// <summary>
/// Asks the blob and table services one cheap question each, without retries and with a short network time-out, before a
/// storage command starts: a person learns in seconds that nothing answers (and what to run) instead of waiting through the
/// SDK's retries. Any HTTP answer, even a refusal, means the service is there.
/// </summary>
internal static class StorageProbe
{
    /// <summary>How long each service has to answer.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public static async Task EnsureAnswersAsync(string connectionString, CancellationToken cancellationToken)
    {
        var blobOptions = new BlobClientOptions();
        Quick(blobOptions.Retry);
        var tableOptions = new TableClientOptions();
        Quick(tableOptions.Retry);
        var blobs = new BlobServiceClient(connectionString, blobOptions);
        var tables = new TableServiceClient(connectionString, tableOptions);
        await Task.WhenAll(
            AskAsync(blobs.Uri, ct => blobs.GetBlobContainerClient("federation-probe").ExistsAsync(ct), cancellationToken),
            AskAsync(tables.Uri, ct => tables.GetTableClient("FederationProbe").GetEntityIfExistsAsync<TableEntity>("p", "r", cancellationToken: ct), cancellationToken))
            .ConfigureAwait(false);
    }

    private static void Quick(Azure.Core.RetryOptions retry)
    {
        retry.MaxRetries = 0;
        retry.NetworkTimeout = Timeout;
    }

    private static async Task AskAsync<T>(Uri endpoint, Func<CancellationToken, Task<T>> ask, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout + TimeSpan.FromSeconds(1));
        try
        {
            await ask(deadline.Token).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status != 0)
        {
            // An answer (e.g. 403 for a key that cannot read): the service is there; the command will say what it refuses.
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested
            && e is RequestFailedException or HttpRequestException or OperationCanceledException or IOException or AggregateException)
        {
            throw new StorageUnavailableException(endpoint, e);
        }
    }
}
