using Azure.Storage.Blobs;
using FederationFunctions.Core.Ingestion;
using Microsoft.Azure.Functions.Worker;

namespace FederationFunctions.Functions;

/// <summary>A centre workbook landed in <c>uploads/{structureCode}/{name}</c>: ingest it (storage-layout-v1 step 2).</summary>
public sealed class IngestCentreWorkbook(IngestionService ingestion)
{
    [Function(nameof(IngestCentreWorkbook))]
    public Task RunAsync(
        [BlobTrigger("%Federation:Storage:UploadsContainer%/{structureCode}/{name}", Connection = "AzureWebJobsStorage", Source = BlobTriggerSources.Ingestion)] BlobClient blob,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        return ingestion.IngestAsync(blob.BlobContainerName, blob.Name, cancellationToken);
    }
}
