using FederationFunctions.Core.Ingestion;

namespace FederationFunctions.Core.Consolidation;

/// <summary>What a nightly run did: the sweep (null when it failed as a whole), the years consolidated, the years that failed (still marked).</summary>
public sealed record NightlyConsolidationSummary(
    ReconciliationSummary? Sweep,
    IReadOnlyList<ConsolidationRun> Runs,
    IReadOnlyList<int> FailedYears);
