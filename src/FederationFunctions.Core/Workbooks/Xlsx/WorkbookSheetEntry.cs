namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>A <c>&lt;sheet&gt;</c> of <c>workbook.xml</c>: its name and the relationship id of its part.</summary>
internal sealed record WorkbookSheetEntry(string Name, string RelationshipId);
