namespace FederationFunctions.Core.Consolidation;

/// <summary>The computed indicators per year, for the HTTP API.</summary>
public interface IIndicatorStore
{
    /// <summary>Stores a consolidation's indicators as a snapshot, then makes it the year's current one (unless a newer one already is).</summary>
    Task SaveAsync(ConsolidationResult result, CancellationToken cancellationToken);

    /// <summary>The year's current indicators, or an empty list.</summary>
    Task<IReadOnlyList<Indicator>> GetAsync(int year, CancellationToken cancellationToken);
}
