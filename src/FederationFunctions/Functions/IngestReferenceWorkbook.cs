using Azure.Storage.Blobs;
using FederationFunctions.Core.Ingestion;
using Microsoft.Azure.Functions.Worker;

namespace FederationFunctions.Functions;

/// <summary>A reference workbook landed in <c>reference/{year}/{name}</c>: ingest it (storage-layout-v1 step 2).</summary>
public sealed class IngestReferenceWorkbook(IngestionService ingestion)
{
    [Function(nameof(IngestReferenceWorkbook))]
    public Task RunAsync(
        [BlobTrigger("%Federation:Storage:ReferenceContainer%/{year}/{name}", Connection = "AzureWebJobsStorage", Source = BlobTriggerSources.Ingestion)] BlobClient blob,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        return ingestion.IngestAsync(blob.BlobContainerName, blob.Name, cancellationToken);
    }
}
