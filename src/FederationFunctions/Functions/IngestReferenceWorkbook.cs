using Azure.Storage.Blobs;
using FederationFunctions.Core.Ingestion;
using Microsoft.Azure.Functions.Worker;

namespace FederationFunctions.Functions;

/// <summary>A reference workbook landed in <c>reference/{year}/{name}</c>: ingest it (storage-layout-v1 step 2). A failure a retry cannot fix is recorded as an unreadable upload; a transient one fails the invocation so that the host retries it.</summary>
public sealed class IngestReferenceWorkbook(IsolatedIngestion ingestion)
{
    [Function(nameof(IngestReferenceWorkbook))]
    public async Task RunAsync(
        [BlobTrigger("%Federation:Storage:ReferenceContainer%/{year}/{name}", Connection = "AzureWebJobsStorage", Source = BlobTriggerSources.Ingestion)] BlobClient blob,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var result = await ingestion.IngestAsync(blob.BlobContainerName, blob.Name, cancellationToken).ConfigureAwait(false);
        if (result?.Exception is { } transient)
        {
            // Left for a retry: the host retries the trigger, then the nightly sweep (docs/reliability.md).
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(transient);
        }
    }
}
