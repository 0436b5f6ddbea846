using FederationFunctions.Core.Validation.Sheets;
using FederationFunctions.Core.Validation.Vocabularies;
using FederationFunctions.Core.Workbooks.CellValues;

namespace FederationFunctions.Core.Validation.Centre;

/// <summary>The <c>Rencontres</c> table of the centre workbook (<c>centre-workbook-v1.md</c> § Table Rencontres).</summary>
public static class RencontresSheet
{
    public static ColumnDefinition EventCode { get; } = new("event_code", "Code événement", ["Code", "Code rencontre"], ColumnKind.Text, false);

    public static ColumnDefinition Date { get; } = new("date", "Date", ["Date de la rencontre"], ColumnKind.Date, true);

    public static ColumnDefinition EventType { get; } = new("event_type", "Type de rencontre", ["Type"], ColumnKind.Enum, true, EventTypes.Vocabulary);

    public static ColumnDefinition StaffAttendees { get; } = new("staff_attendees", "Salariés présents", ["Salariés"], ColumnKind.Integer, true);

    public static ColumnDefinition VolunteerAttendees { get; } = new("volunteer_attendees", "Bénévoles présents", ["Bénévoles"], ColumnKind.Integer, true);

    public static ColumnDefinition DirectorPresent { get; } = new("director_present", "Direction présente", ["Direction"], ColumnKind.YesNo, false);

    public static SheetDefinition Definition { get; } = new(
        "Rencontres",
        ["Vie fédérale", "Participations"],
        SheetLayout.Table,
        false,
        [EventCode, Date, EventType, StaffAttendees, VolunteerAttendees, DirectorPresent]);
}
