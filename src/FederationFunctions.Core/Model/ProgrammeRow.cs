namespace FederationFunctions.Core.Model;

/// <summary>A <c>Dispositifs</c> row: one programme or project.</summary>
public sealed record ProgrammeRow(
    int RowNumber,
    ProgrammeCode Programme,
    string? ProjectTitle,
    ProjectStatus Status,
    decimal? AmountEur,
    string? Funder,
    int? ResidentParticipants,
    int? ActionsCount)
{
    /// <summary>True when the row counts in indicators (status <c>En cours</c> or <c>Terminé</c>).</summary>
    public bool IsCounted => Status is ProjectStatus.EnCours or ProjectStatus.Termine;
}
