using Microsoft.Azure.Functions.Worker;

namespace FederationFunctions.Functions;

/// <summary>
/// How the ingestion blob triggers learn of new blobs. An attribute argument must be a constant, so the choice is made at build
/// time: Event Grid by default (Azure: fast, no container scans; needs the Event Grid subscription the infrastructure creates),
/// or the host's polling of logs and container scans with <c>dotnet build -p:BlobTriggerPolling=true</c> (local runs against
/// Azurite, which sends no Event Grid events). See <c>docs/ingestion.md</c>.
/// </summary>
internal static class BlobTriggerSources
{
#if BLOB_TRIGGER_POLLING
    public const BlobTriggerSource Ingestion = BlobTriggerSource.LogsAndContainerScan;
#else
    public const BlobTriggerSource Ingestion = BlobTriggerSource.EventGrid;
#endif
}
