namespace FederationFunctions.Core.Consolidation;

/// <summary>
/// The outcome of asking for a year's consolidation: the run, or why it was refused (nothing written; the year stays
/// marked as changed, so the nightly job consolidates it once its reference is accepted).
/// </summary>
/// <param name="Year">The year asked for.</param>
/// <param name="Run">What the run produced, or null when refused.</param>
/// <param name="Refusal">Why the consolidation was refused, in French for the staff, or null.</param>
public sealed record ConsolidationAttempt(int Year, ConsolidationRun? Run, string? Refusal)
{
    public bool Refused => Run is null;

    /// <summary>A year with no accepted reference: nothing can be counted, so nothing is written.</summary>
    public static ConsolidationAttempt WithoutReference(int year) => new(
        year,
        null,
        string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"aucun référentiel fédéral accepté pour l'année {year} : sans lui, rien ne peut être compté, la consolidation est donc refusée et rien n'est écrit. Déposez le référentiel de l'année dans reference/{year}/, vérifiez qu'il est accepté (son retour), puis relancez la consolidation."));
}
