using FederationFunctions.Core.Workbooks;
using FederationFunctions.Core.Workbooks.CellValues;

namespace FederationFunctions.Core.Validation.Sheets;

/// <summary>
/// Finds a table's header row: the first row, among rows 1 to 10 of the sheet, whose cells name at least half of the
/// sheet's required columns (matches × 2 ≥ required count, and at least one match). A blank header cell covered by a
/// merged range takes the value of the range's top-left cell when that cell is in the same column.
/// </summary>
public static class HeaderRowLocator
{
    /// <summary>How many rows, from the top of the sheet, may hold the header row.</summary>
    public const int SearchedRows = 10;

    /// <summary>The header row and its column map, or null when no row qualifies.</summary>
    public static HeaderRow? Locate(SheetData sheet, SheetDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(definition);
        var requiredCount = definition.RequiredColumns.Count;
        foreach (var row in sheet.Rows)
        {
            if (row.RowNumber > SearchedRows)
            {
                break;
            }

            var cells = HeaderCells(sheet, row);
            var map = ColumnMap.Build(definition, cells);
            var requiredFound = definition.RequiredColumns.Count(c => map.Find(c) is not null);
            if (requiredFound >= 1 && requiredFound * 2 >= requiredCount)
            {
                return new HeaderRow(row.RowNumber, map);
            }
        }

        return null;
    }

    /// <summary>The non-blank cells of a header row, merged-cell values applied, text folded.</summary>
    public static IReadOnlyList<HeaderCell> HeaderCells(SheetData sheet, SheetRow row)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(row);
        var result = new List<HeaderCell>();
        for (var column = 0; column < row.Cells.Count; column++)
        {
            var cell = row[column];
            if (cell.IsBlank)
            {
                cell = MergedValueFromAbove(sheet, row.RowNumber, column);
            }

            var text = CellValueParser.ParseText(cell);
            if (text.IsValid)
            {
                result.Add(new HeaderCell(column, text.Value));
            }
        }

        foreach (var range in sheet.MergedRanges)
        {
            if (MergedRange.TryParse(range, out var merged)
                && merged.FirstRow < row.RowNumber && merged.LastRow >= row.RowNumber && merged.FirstColumn >= row.Cells.Count)
            {
                var text = CellValueParser.ParseText(CellAt(sheet, merged.FirstRow, merged.FirstColumn));
                if (text.IsValid)
                {
                    result.Add(new HeaderCell(merged.FirstColumn, text.Value));
                }
            }
        }

        return result.OrderBy(c => c.ColumnIndex).ToArray();
    }

    private static CellValue MergedValueFromAbove(SheetData sheet, int rowNumber, int column)
    {
        foreach (var range in sheet.MergedRanges)
        {
            if (MergedRange.TryParse(range, out var merged)
                && merged.FirstColumn == column && merged.FirstRow < rowNumber && merged.LastRow >= rowNumber)
            {
                return CellAt(sheet, merged.FirstRow, merged.FirstColumn);
            }
        }

        return CellValue.Blank;
    }

    private static CellValue CellAt(SheetData sheet, int rowNumber, int column)
    {
        foreach (var row in sheet.Rows)
        {
            if (row.RowNumber == rowNumber)
            {
                return row[column];
            }
        }

        return CellValue.Blank;
    }
}
