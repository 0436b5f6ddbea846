using System.Globalization;

namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>
/// What <see cref="WorksheetPartParser"/> makes of the rows, cells and merged ranges it reads: dates of a 1904
/// workbook moved, blank cells (white space only included) and rows left out, row elements that repeat a row number
/// merged into one row (a cell given twice: the last value written wins; a blank one erases nothing), the row limit counted on distinct rows, rows put
/// in sheet order. One per worksheet part. Without <paramref name="keepCells"/> it only counts the non-blank rows, for the
/// row limit, and builds a sheet without rows or merged ranges.
/// </summary>
internal sealed class WorksheetContentBuilder(int maxNonBlankRows, double dateSerialOffset, bool keepCells = true)
{
    /// <summary>The distinct non-blank row numbers seen, when cells are not kept (at most one past the limit).</summary>
    private readonly HashSet<int> _countedRows = [];

    private readonly List<SheetRow> _rows = [];
    private readonly List<string> _mergedRanges = [];
    private readonly List<(int Column, CellValue Value)> _cells = [];
    private readonly Dictionary<int, int> _rowIndexByNumber = [];

    /// <summary>The cells of rows whose number came again, by column, until <see cref="Build"/> makes them rows.</summary>
    private readonly Dictionary<int, Dictionary<int, CellValue>> _repeatedRows = [];
    private bool _ascending = true;

    /// <summary>The number of the last row read (0 before the first), from which a row without <c>r</c> is numbered.</summary>
    public int LastRowNumber { get; private set; }

    /// <summary>The row number an <c>r</c> attribute gives, or the next one when it is absent or not a row number.</summary>
    public int NextRowNumber(ReadOnlySpan<char> reference, bool hasReference) =>
        hasReference && int.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= CellReference.MaxRowNumber
            ? number
            : LastRowNumber + 1;

    public void StartRow() => _cells.Clear();

    /// <summary>Adds a decoded cell of the current row (<paramref name="type"/> is its <c>t</c> attribute).</summary>
    public void AddCell(int column, CellValue cell, string? type)
    {
        if (dateSerialOffset != 0 && cell.Kind == CellKind.Number && cell.IsDateFormatted && type != "d")
        {
            cell = cell with { Number = cell.Number + dateSerialOffset };
        }

        // White space alone is blank wherever it stands, as the spec says; a blank cell is not kept.
        if (!cell.IsBlank)
        {
            _cells.Add((column, cell));
        }
    }

    /// <summary>Ends the current row; false once the sheet has more non-blank rows than allowed.</summary>
    public bool EndRow(int rowNumber)
    {
        _ascending &= rowNumber > LastRowNumber;
        LastRowNumber = rowNumber;
        if (_cells.Count == 0)
        {
            return true;
        }

        if (!keepCells)
        {
            _countedRows.Add(rowNumber);
            return _countedRows.Count <= maxNonBlankRows;
        }

        if (_rowIndexByNumber.ContainsKey(rowNumber))
        {
            // Another element for a row already read (a producer writing one row element per cell): its cells join that
            // row. They are gathered by column and the row is rebuilt once, at the end, so that many repeats stay linear.
            if (!_repeatedRows.TryGetValue(rowNumber, out var byColumn))
            {
                byColumn = RowCells.NonBlankCells(_rows[_rowIndexByNumber[rowNumber]].Cells).ToDictionary(cell => cell.Column, cell => cell.Value);
                _repeatedRows[rowNumber] = byColumn;
            }

            foreach (var (column, value) in _cells)
            {
                byColumn[column] = value;
            }

            return true;
        }

        _rowIndexByNumber[rowNumber] = _rows.Count;
        _rows.Add(new SheetRow(rowNumber, RowCells.Build(_cells)));
        return _rows.Count <= maxNonBlankRows;
    }

    /// <summary>Adds a merged range as written (<c>ref</c> of a <c>mergeCell</c>), upper-cased; a blank one is ignored.</summary>
    public void AddMergedRange(ReadOnlySpan<char> reference)
    {
        if (keepCells && !reference.IsWhiteSpace())
        {
            _mergedRanges.Add(new string(reference.Trim()).ToUpperInvariant());
        }
    }

    /// <summary>The sheet read; rows written out of order by a hand-made producer are put in sheet order (stable).</summary>
    public WorksheetReadResult Build()
    {
        foreach (var (rowNumber, byColumn) in _repeatedRows)
        {
            _rows[_rowIndexByNumber[rowNumber]] = new SheetRow(rowNumber, RowCells.Build([.. byColumn.Select(pair => (pair.Key, pair.Value))]));
        }

        IReadOnlyList<SheetRow> ordered = _ascending ? _rows : [.. _rows.OrderBy(r => r.RowNumber)];
        return new WorksheetReadResult(ordered, _mergedRanges, IsWorksheet: true, TooManyRows: false);
    }
}
