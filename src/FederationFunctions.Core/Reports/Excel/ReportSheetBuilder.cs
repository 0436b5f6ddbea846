using ClosedXML.Excel;

namespace FederationFunctions.Core.Reports.Excel;

/// <summary>
/// Lays out one report sheet from top to bottom: a title block, tables and notes. The first table marked
/// main gets the frozen header row, the auto-filter and the header repeated on printed pages.
/// </summary>
internal sealed class ReportSheetBuilder
{
    private readonly Dictionary<int, int> _characters = [];
    private readonly List<(int Row, int Column, string Text, bool Bold)> _wrapped = [];
    private readonly Dictionary<int, double> _fixedWidths = [];
    private readonly string _pageHeader;
    /// <summary>Rows a landscape A4 page holds at the default height before a chart is moved to the next page.</summary>
    private const int RowsPerFirstPage = 32;

    /// <summary>A main table longer than this may run over pages: its header row is repeated on each.</summary>
    private const int RepeatedHeaderMinimumRows = 20;
    private int _nextRow = 1;
    private int? _mainHeaderRow;
    private int _mainRows;

    public ReportSheetBuilder(IXLWorkbook workbook, string sheetName, string pageHeader)
    {
        Sheet = workbook.AddWorksheet(sheetName);
        _pageHeader = pageHeader;
    }

    public IXLWorksheet Sheet { get; }

    public int NextRow => _nextRow;

    /// <summary>Row 1 the title, row 2 the subtitle (year and computation time), row 3 blank.</summary>
    public void AddTitle(string title, string subtitle)
    {
        var titleCell = Sheet.Cell(_nextRow, 1);
        titleCell.SetText(title);
        ReportStyles.Title(titleCell);
        Sheet.Row(_nextRow).Height = 21;
        var subtitleCell = Sheet.Cell(_nextRow + 1, 1);
        subtitleCell.SetText(subtitle);
        ReportStyles.Subtitle(subtitleCell);
        _nextRow += 3;
    }

    /// <summary>A section heading above a secondary table.</summary>
    public void AddSection(string text)
    {
        var cell = Sheet.Cell(_nextRow, 1);
        cell.SetText(text);
        ReportStyles.Section(cell);
        _nextRow++;
    }

    /// <summary>Lines of explanation; each line in column A, overflowing to the right. A blank line follows.</summary>
    public void AddNotes(IEnumerable<string> lines, bool emphasised = false)
    {
        foreach (var line in lines)
        {
            var cell = Sheet.Cell(_nextRow, 1);
            cell.SetText(line);
            cell.Style.Font.Italic = !emphasised;
            cell.Style.Font.Bold = emphasised;
            _nextRow++;
        }

        _nextRow++;
    }

    /// <summary>Writes a table (header row and rows) and leaves a blank row after it. Returns the header row number.</summary>
    public int AddTable(IReadOnlyList<string> headers, IEnumerable<ReportRow> rows, bool isMain = false)
    {
        var headerRow = _nextRow;
        for (var c = 0; c < headers.Count; c++)
        {
            Sheet.Cell(headerRow, c + 1).SetText(headers[c]);
            _wrapped.Add((headerRow, c + 1, headers[c], true));
            Measure(c + 1, ColumnWidthEstimate.HeaderCharacters(headers[c]));
        }

        ReportStyles.Header(Sheet.Range(headerRow, 1, headerRow, headers.Count));
        var row = headerRow;
        var emphasised = new List<(int Row, RowEmphasis Emphasis)>();
        var formats = new Dictionary<int, HashSet<string>>();
        var wrappedColumns = new HashSet<int>();
        var written = new List<(IXLCell Cell, ReportCell Value)>();
        foreach (var reportRow in rows)
        {
            row++;
            for (var c = 0; c < reportRow.Cells.Count && c < headers.Count; c++)
            {
                var value = reportRow.Cells[c];
                var cell = Sheet.Cell(row, c + 1);
                cell.Write(value, withFormat: false);
                if (value.Format is not null && value.Text is null)
                {
                    written.Add((cell, value));
                    if (!formats.TryGetValue(c + 1, out var columnFormats))
                    {
                        formats[c + 1] = columnFormats = new HashSet<string>(StringComparer.Ordinal);
                    }

                    columnFormats.Add(value.Format);
                }

                var characters = ColumnWidthEstimate.Characters(value);
                var limit = _fixedWidths.TryGetValue(c + 1, out var fixedWidth) ? (int)fixedWidth : ColumnWidthEstimate.Maximum;
                if (characters > limit)
                {
                    wrappedColumns.Add(c + 1);
                    _wrapped.Add((row, c + 1, value.Text ?? string.Empty, reportRow.Emphasis != RowEmphasis.Normal));
                }

                Measure(c + 1, characters);
            }

            if (reportRow.Emphasis != RowEmphasis.Normal)
            {
                emphasised.Add((row, reportRow.Emphasis));
            }
        }

        // One style change per column where a column has a single number format: much faster than per cell.
        foreach (var (column, columnFormats) in formats.Where(f => f.Value.Count == 1))
        {
            Sheet.Range(headerRow + 1, column, row, column).Style.NumberFormat.Format = columnFormats.First();
        }

        foreach (var (cell, value) in written.Where(w => formats[w.Cell.Address.ColumnNumber].Count > 1))
        {
            cell.Style.NumberFormat.Format = value.Format;
        }

        foreach (var column in wrappedColumns)
        {
            Sheet.Range(headerRow + 1, column, row, column).Style.Alignment.WrapText = true;
        }

        if (row > headerRow)
        {
            ReportStyles.Body(Sheet.Range(headerRow + 1, 1, row, headers.Count));
            foreach (var (emphasisRow, emphasis) in emphasised)
            {
                ReportStyles.Emphasis(Sheet.Range(emphasisRow, 1, emphasisRow, headers.Count), emphasis);
            }
        }

        if (isMain && _mainHeaderRow is null)
        {
            _mainHeaderRow = headerRow;
            _mainRows = row - headerRow;
            Sheet.SheetView.FreezeRows(headerRow);
            Sheet.Range(headerRow, 1, Math.Max(row, headerRow), headers.Count).SetAutoFilter();
        }

        _nextRow = row + 2;
        return headerRow;
    }

    /// <summary>
    /// Reserves the rows of a chart drawn from a table above it, across <paramref name="columns"/> columns, starting on a
    /// new printed page when it would not fit on the current one; returns where it sits.
    /// </summary>
    public Charts.ChartAnchor ReserveChart(int columns, int rows = 20)
    {
        if (_nextRow + rows > RowsPerFirstPage)
        {
            Sheet.PageSetup.AddHorizontalPageBreak(_nextRow - 1);
        }

        var anchor = new Charts.ChartAnchor(1, _nextRow, columns + 1, _nextRow + rows);
        _nextRow += rows + 1;
        return anchor;
    }

    /// <summary>Makes a column at least <paramref name="characters"/> wide.</summary>
    public void Measure(int column, int characters) =>
        _characters[column] = Math.Max(characters, _characters.GetValueOrDefault(column));

    /// <summary>Sets a column's width, overriding the estimate (e.g. a wide, wrapped message column).</summary>
    public void SetWidth(int column, double width) => _fixedWidths[column] = width;

    /// <summary>Sets the column widths, the heights of rows with wrapped text, and the print set-up.</summary>
    public void Finish()
    {
        foreach (var (column, characters) in _characters)
        {
            Sheet.Column(column).Width = _fixedWidths.TryGetValue(column, out var fixedWidth) ? fixedWidth : ColumnWidthEstimate.Width(characters);
        }

        foreach (var row in _wrapped.GroupBy(w => w.Row))
        {
            var lines = row.Max(w => TextWrap.Lines(w.Text, Sheet.Column(w.Column).Width, w.Bold));
            if (lines > 1)
            {
                Sheet.Row(row.Key).Height = TextWrap.Height(lines);
            }
        }

        // The header row is repeated on printed pages only where the main table itself runs over pages; a short table's
        // header repeated above a chart on the next page would label nothing.
        ReportStyles.PrintSetup(Sheet, _pageHeader, _mainRows > RepeatedHeaderMinimumRows ? _mainHeaderRow : null);
    }
}
