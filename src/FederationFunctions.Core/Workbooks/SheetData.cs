namespace FederationFunctions.Core.Workbooks;

/// <summary>One worksheet: its name as written in the file and its non-empty rows in order.</summary>
/// <param name="Name">The sheet name, as written in the workbook.</param>
/// <param name="Rows">Rows in ascending row number; rows with no cell at all are absent.</param>
/// <param name="MergedRanges">Merged cell ranges (A1 notation, e.g. <c>A1:C1</c>); only the top-left cell holds the value.</param>
public sealed record SheetData(string Name, IReadOnlyList<SheetRow> Rows, IReadOnlyList<string> MergedRanges);
