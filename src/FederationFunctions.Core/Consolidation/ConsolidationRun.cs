namespace FederationFunctions.Core.Consolidation;

/// <summary>What one consolidation run produced.</summary>
public sealed record ConsolidationRun(ConsolidationResult Result, StoredReport Report, TimeSpan Duration);
