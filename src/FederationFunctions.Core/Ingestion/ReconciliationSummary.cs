using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Ingestion;

/// <summary>What a reconciliation sweep did.</summary>
/// <param name="BlobsListed">Blob versions listed in <c>uploads</c> and <c>reference</c>.</param>
/// <param name="AlreadyRecorded">Versions the ledger already had (skipped).</param>
/// <param name="Ingested">Versions ingested now, by outcome (those recorded as unreadable count as <c>Rejetée</c>).</param>
/// <param name="Failures">Versions whose ingestion failed and is left for the next sweep or trigger, with the reason.</param>
/// <param name="RecordedUnreadable">Versions recorded now as unreadable uploads after failing for good (also in <paramref name="Ingested"/>).</param>
/// <param name="Duration">How long the sweep took.</param>
public sealed record ReconciliationSummary(
    int BlobsListed,
    int AlreadyRecorded,
    IReadOnlyDictionary<UploadOutcome, int> Ingested,
    IReadOnlyList<UploadFailure> Failures,
    int RecordedUnreadable,
    TimeSpan Duration)
{
    public int IngestedCount => Ingested.Values.Sum();

    /// <summary>How many versions failed this time.</summary>
    public int Failed => Failures.Count;
}
