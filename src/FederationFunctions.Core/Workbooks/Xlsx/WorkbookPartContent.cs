namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>What <c>workbook.xml</c> says: the sheets in order, and whether dates count from 1904 (old Mac Excel).</summary>
internal sealed record WorkbookPartContent(IReadOnlyList<WorkbookSheetEntry> Sheets, bool UsesDate1904)
{
    /// <summary>Days between the 1900 and 1904 date systems: a 1904 serial plus this is the 1900 serial of the same day.</summary>
    public const double Date1904Offset = 1462;
}
