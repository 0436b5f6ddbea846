namespace FederationFunctions.Core.Workbooks;

/// <summary>A non-empty row of a worksheet.</summary>
/// <param name="RowNumber">The row number as Excel shows it (1-based).</param>
/// <param name="Cells">Cells by column, index 0 is column A; trailing blank cells may be omitted.</param>
public sealed record SheetRow(int RowNumber, IReadOnlyList<CellValue> Cells)
{
    /// <summary>The cell at a 0-based column index, blank when beyond the row's end.</summary>
    public CellValue this[int columnIndex] => columnIndex >= 0 && columnIndex < Cells.Count ? Cells[columnIndex] : CellValue.Blank;

    /// <summary>True when every cell is blank.</summary>
    public bool IsBlank => Cells.All(c => c.IsBlank);
}
