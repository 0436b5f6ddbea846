using System.Globalization;
using System.Xml;

namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>
/// Streams a worksheet part: rows (<c>&lt;row&gt;</c>, numbered by <c>r</c> or by position), cells (<c>&lt;c&gt;</c>, placed by
/// <c>r</c> or by position), and merged ranges. Stops as soon as the sheet has more non-blank rows than allowed.
/// </summary>
internal sealed class WorksheetPartParser
{
    private readonly IReadOnlyList<string> _sharedStrings;
    private readonly CellStyles _styles;
    private readonly int _maxNonBlankRows;
    private readonly List<(int Column, CellValue Value)> _rowCells = [];

    public WorksheetPartParser(IReadOnlyList<string> sharedStrings, CellStyles styles, int maxNonBlankRows)
    {
        _sharedStrings = sharedStrings;
        _styles = styles;
        _maxNonBlankRows = maxNonBlankRows;
    }

    public WorksheetReadResult Parse(XmlReader reader, CancellationToken cancellationToken)
    {
        reader.MoveToContent();
        if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "worksheet")
        {
            return WorksheetReadResult.NotAWorksheet;
        }

        var rows = new List<SheetRow>();
        var merged = new List<string>();
        var lastRowNumber = 0;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            switch (reader.LocalName)
            {
                case "sheetData" or "mergeCells":
                    reader.Read();
                    break;
                case "row":
                    cancellationToken.ThrowIfCancellationRequested();
                    var row = ReadRow(reader, lastRowNumber);
                    lastRowNumber = row.RowNumber;
                    if (row.Cells.Count > 0)
                    {
                        rows.Add(row);
                        if (rows.Count > _maxNonBlankRows)
                        {
                            return WorksheetReadResult.RowLimitPassed;
                        }
                    }

                    break;
                case "mergeCell":
                    var reference = reader.GetAttribute("ref");
                    if (!string.IsNullOrWhiteSpace(reference))
                    {
                        merged.Add(reference.Trim().ToUpperInvariant());
                    }

                    reader.Skip();
                    break;
                default:
                    // Views, column widths, conditional formats, validations, drawings...: not cell contents.
                    reader.Skip();
                    break;
            }
        }

        return new WorksheetReadResult(rows, merged, IsWorksheet: true, TooManyRows: false);
    }

    private SheetRow ReadRow(XmlReader reader, int previousRowNumber)
    {
        var rowNumber = ParseRowNumber(reader.GetAttribute("r")) ?? previousRowNumber + 1;
        _rowCells.Clear();
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return new SheetRow(rowNumber, []);
        }

        var depth = reader.Depth;
        var nextColumn = 0;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c")
            {
                var column = ReadCell(reader, nextColumn);
                nextColumn = column + 1;
                continue;
            }

            reader.Read();
        }

        reader.Read();
        return new SheetRow(rowNumber, RowCells.Build(_rowCells));
    }

    /// <summary>Reads one <c>&lt;c&gt;</c>, adds it to the row, leaves the reader after it, and returns its column.</summary>
    private int ReadCell(XmlReader reader, int positionalColumn)
    {
        var column = CellReference.TryParse(reader.GetAttribute("r"), out var parsedColumn, out _) ? parsedColumn : positionalColumn;
        if (column > CellReference.MaxColumnIndex)
        {
            throw new InvalidDataException("A cell lies beyond column XFD.");
        }

        var type = reader.GetAttribute("t");
        var styleIndex = int.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var style) ? style : 0;
        string? value = null;
        string? formula = null;
        string? inlineText = null;
        if (reader.IsEmptyElement)
        {
            reader.Read();
        }
        else
        {
            var depth = reader.Depth;
            reader.Read();
            while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    switch (reader.LocalName)
                    {
                        case "v":
                            value = reader.ReadElementContentAsString();
                            continue;
                        case "f":
                            formula = reader.ReadElementContentAsString();
                            continue;
                        case "is":
                            inlineText = ExcelText.ReadRichText(reader);
                            continue;
                        default:
                            reader.Skip();
                            continue;
                    }
                }

                reader.Read();
            }

            reader.Read();
        }

        var cell = CellValueDecoder.Decode(type, value, formula, inlineText, _styles.IsDateFormatted(styleIndex), _sharedStrings);
        if (cell.Kind != CellKind.Blank)
        {
            _rowCells.Add((column, cell));
        }

        return column;
    }

    private static int? ParseRowNumber(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= CellReference.MaxRowNumber
            ? number
            : null;
}
