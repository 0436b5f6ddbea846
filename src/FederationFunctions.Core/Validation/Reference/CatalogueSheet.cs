using FederationFunctions.Core.Validation.Sheets;
using FederationFunctions.Core.Validation.Vocabularies;
using FederationFunctions.Core.Workbooks.CellValues;

namespace FederationFunctions.Core.Validation.Reference;

/// <summary>The <c>Catalogue</c> table of the reference workbook (optional sheet).</summary>
public static class CatalogueSheet
{
    public static ColumnDefinition ActionCode { get; } = new("action_code", "Code action", [], ColumnKind.Text, true);

    public static ColumnDefinition Title { get; } = new("title", "Intitulé", [], ColumnKind.Text, true);

    public static ColumnDefinition Audience { get; } = new("audience", "Public", [], ColumnKind.Enum, false, Audiences.Vocabulary);

    public static ColumnDefinition FosforaGroup { get; } = new("fosfora_group", "Groupe FOSFORA", [], ColumnKind.Text, false);

    public static ColumnDefinition FosforaLine { get; } = new("fosfora_line", "Ligne FOSFORA", [], ColumnKind.Text, false);

    public static ColumnDefinition Sessions { get; } = new("sessions", "Séances", [], ColumnKind.Integer, false);

    public static ColumnDefinition FosforaAmountEur { get; } = new("fosfora_amount_eur", "Montant FOSFORA (€)", [], ColumnKind.Money, false);

    public static ColumnDefinition VolunteersOutsideCentres { get; } = new("volunteers_outside_centres", "Bénévoles hors remontées", [], ColumnKind.Integer, false);

    public static SheetDefinition Definition { get; } = new(
        "Catalogue",
        [],
        SheetLayout.Table,
        false,
        [ActionCode, Title, Audience, FosforaGroup, FosforaLine, Sessions, FosforaAmountEur, VolunteersOutsideCentres]);
}
