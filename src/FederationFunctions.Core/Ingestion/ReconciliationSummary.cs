using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Ingestion;

/// <summary>What a reconciliation sweep did.</summary>
/// <param name="BlobsListed">Blob versions listed in <c>uploads</c> and <c>reference</c>.</param>
/// <param name="AlreadyRecorded">Versions the ledger already had (skipped).</param>
/// <param name="Ingested">Versions ingested now, by outcome.</param>
/// <param name="Failed">Versions whose ingestion failed (left for the next sweep or trigger).</param>
/// <param name="Duration">How long the sweep took.</param>
public sealed record ReconciliationSummary(
    int BlobsListed,
    int AlreadyRecorded,
    IReadOnlyDictionary<UploadOutcome, int> Ingested,
    int Failed,
    TimeSpan Duration)
{
    public int IngestedCount => Ingested.Values.Sum();
}
