namespace FederationFunctions.Core.Workbooks;

/// <summary>The cell contents of a workbook's worksheets, in workbook order. No interpretation.</summary>
public sealed record WorkbookData(IReadOnlyList<SheetData> Sheets);
