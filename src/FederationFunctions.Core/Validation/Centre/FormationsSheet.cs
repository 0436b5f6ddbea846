using FederationFunctions.Core.Validation.Sheets;
using FederationFunctions.Core.Workbooks.CellValues;

namespace FederationFunctions.Core.Validation.Centre;

/// <summary>The <c>Formations</c> table of the centre workbook (<c>centre-workbook-v1.md</c> § Table Formations).</summary>
public static class FormationsSheet
{
    public static ColumnDefinition ActionCode { get; } = new("action_code", "Code action", ["Code formation", "Code"], ColumnKind.Text, true);

    public static ColumnDefinition Title { get; } = new("title", "Intitulé", ["Formation", "Titre"], ColumnKind.Text, false);

    public static ColumnDefinition Date { get; } = new("date", "Date", ["Date de début"], ColumnKind.Date, false);

    public static ColumnDefinition StaffTrainees { get; } = new("staff_trainees", "Salariés formés", ["Salariés"], ColumnKind.Integer, true);

    public static ColumnDefinition VolunteerTrainees { get; } = new("volunteer_trainees", "Bénévoles formés", ["Bénévoles"], ColumnKind.Integer, true);

    public static SheetDefinition Definition { get; } = new(
        "Formations",
        ["Formation"],
        SheetLayout.Table,
        false,
        [ActionCode, Title, Date, StaffTrainees, VolunteerTrainees]);
}
