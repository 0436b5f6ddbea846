namespace FederationFunctions.Core.Ingestion;

/// <summary>A year whose inputs changed since its last consolidation, and the change counter read.</summary>
public sealed record YearChange(int Year, long Counter);
