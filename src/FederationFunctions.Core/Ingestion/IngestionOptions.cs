using System.ComponentModel.DataAnnotations;

namespace FederationFunctions.Core.Ingestion;

/// <summary>How uploads are ingested and retried (configuration section <c>Federation:Ingestion</c>).</summary>
public sealed class IngestionOptions
{
    public const string SectionName = "Federation:Ingestion";

    /// <summary>How many blob versions the reconciliation sweep ingests at once.</summary>
    [Range(1, 64)]
    public int SweepParallelism { get; set; } = 4;

    /// <summary>
    /// After how many failed attempts (sweeps or trigger runs) a blob version that keeps failing with a transient error is
    /// recorded as an unreadable upload, so that it stops being retried. A failure a retry cannot fix is recorded at once.
    /// </summary>
    [Range(1, 100)]
    public int FailedSweepsBeforeUnreadable { get; set; } = 3;
}
