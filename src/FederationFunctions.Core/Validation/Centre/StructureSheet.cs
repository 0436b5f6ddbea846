using FederationFunctions.Core.Validation.Sheets;
using FederationFunctions.Core.Workbooks.CellValues;

namespace FederationFunctions.Core.Validation.Centre;

/// <summary>The <c>Structure</c> form sheet of the centre workbook (<c>centre-workbook-v1.md</c> § Form sheet).</summary>
public static class StructureSheet
{
    /// <summary>The structure code's pattern, after trimming and upper-casing.</summary>
    public const string StructureCodePattern = "^[0-9]{2}-[A-Z]{3}-[0-9]{3}$";

    public const int MinYear = 2000;

    public const int MaxYear = 2100;

    public static ColumnDefinition StructureCode { get; } = new("structure_code", "Code structure", ["Code de la structure", "Code"], ColumnKind.Text, true);

    public static ColumnDefinition Year { get; } = new("year", "Année", ["Année d'activité", "Exercice"], ColumnKind.Integer, true);

    public static ColumnDefinition Name { get; } = new("name", "Nom de la structure", ["Nom"], ColumnKind.Text, false);

    public static ColumnDefinition StaffHeadcount { get; } = new("staff_headcount", "Salariés (personnes)", ["Nombre de salariés"], ColumnKind.Integer, true);

    public static ColumnDefinition StaffFte { get; } = new("staff_fte", "Salariés (ETP)", ["ETP"], ColumnKind.Decimal, true);

    public static ColumnDefinition ActivityVolunteers { get; } = new("activity_volunteers", "Bénévoles d'activité", ["Bénévoles"], ColumnKind.Integer, true);

    public static ColumnDefinition BoardVolunteers { get; } = new("board_volunteers", "Administrateurs bénévoles", ["Administrateurs", "Bénévoles administrateurs"], ColumnKind.Integer, true);

    public static ColumnDefinition MemberFamilies { get; } = new("member_families", "Familles adhérentes", ["Adhérents", "Familles"], ColumnKind.Integer, false);

    public static SheetDefinition Definition { get; } = new(
        "Structure",
        ["Fiche structure", "Identité"],
        SheetLayout.Form,
        true,
        [StructureCode, Year, Name, StaffHeadcount, StaffFte, ActivityVolunteers, BoardVolunteers, MemberFamilies]);
}
