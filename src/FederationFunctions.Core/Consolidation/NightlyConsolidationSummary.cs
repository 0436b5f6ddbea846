using FederationFunctions.Core.Ingestion;

namespace FederationFunctions.Core.Consolidation;

/// <summary>What a nightly run did: the sweep (null when it failed as a whole), the years consolidated, the years that failed, the years skipped for want of a reference (both still marked).</summary>
public sealed record NightlyConsolidationSummary(
    ReconciliationSummary? Sweep,
    IReadOnlyList<ConsolidationRun> Runs,
    IReadOnlyList<int> FailedYears)
{
    /// <summary>The changed years skipped because they have no accepted reference (still marked).</summary>
    public IReadOnlyList<int> SkippedYears { get; init; } = [];
}
