using FederationFunctions.Core.Validation.Sheets;
using FederationFunctions.Core.Validation.Vocabularies;
using FederationFunctions.Core.Workbooks.CellValues;

namespace FederationFunctions.Core.Validation.Reference;

/// <summary>The <c>Calendrier</c> table of the reference workbook (optional sheet).</summary>
public static class CalendrierSheet
{
    public static ColumnDefinition EventCode { get; } = new("event_code", "Code événement", [], ColumnKind.Text, true);

    public static ColumnDefinition Date { get; } = new("date", "Date", ["Date de la rencontre"], ColumnKind.Date, true);

    public static ColumnDefinition EventType { get; } = new("event_type", "Type", ["Type de rencontre"], ColumnKind.Enum, true, EventTypes.Vocabulary);

    public static ColumnDefinition TerritoryCode { get; } = new("territory_code", "Code AT", [], ColumnKind.Text, false);

    public static ColumnDefinition Title { get; } = new("title", "Intitulé", [], ColumnKind.Text, false);

    public static SheetDefinition Definition { get; } = new("Calendrier", [], SheetLayout.Table, false, [EventCode, Date, EventType, TerritoryCode, Title]);
}
