using FederationFunctions.Core.Validation.Sheets;
using FederationFunctions.Core.Validation.Vocabularies;
using FederationFunctions.Core.Workbooks.CellValues;

namespace FederationFunctions.Core.Validation.Centre;

/// <summary>The <c>Dispositifs</c> table of the centre workbook (<c>centre-workbook-v1.md</c> § Table Dispositifs).</summary>
public static class DispositifsSheet
{
    public static ColumnDefinition Programme { get; } = new("programme", "Dispositif", ["Programme"], ColumnKind.Enum, true, Programmes.Vocabulary);

    public static ColumnDefinition ProjectTitle { get; } = new("project_title", "Intitulé du projet", ["Projet", "Intitulé"], ColumnKind.Text, false);

    public static ColumnDefinition Status { get; } = new("status", "Statut", ["État"], ColumnKind.Enum, true, ProjectStatuses.Vocabulary);

    public static ColumnDefinition AmountEur { get; } = new("amount_eur", "Montant accordé (€)", ["Montant", "Financement"], ColumnKind.Money, false);

    public static ColumnDefinition Funder { get; } = new("funder", "Financeur", ["Financeur principal"], ColumnKind.Text, false);

    public static ColumnDefinition ResidentParticipants { get; } = new("resident_participants", "Habitants participants", ["Participants", "Habitants"], ColumnKind.Integer, false);

    public static ColumnDefinition ActionsCount { get; } = new("actions_count", "Actions réalisées", ["Actions", "Nombre d'actions"], ColumnKind.Integer, false);

    public static SheetDefinition Definition { get; } = new(
        "Dispositifs",
        ["Projets"],
        SheetLayout.Table,
        false,
        [Programme, ProjectTitle, Status, AmountEur, Funder, ResidentParticipants, ActionsCount]);
}
