namespace FederationFunctions.Core.Consolidation;

/// <summary>Loads what a year's consolidation reads: the year's current reference and, per structure, only its current accepted version.</summary>
public interface IConsolidationInputSource
{
    Task<ConsolidationInput> LoadAsync(int year, CancellationToken cancellationToken);
}
