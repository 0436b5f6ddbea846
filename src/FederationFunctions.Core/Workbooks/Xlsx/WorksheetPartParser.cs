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
    private readonly SpreadsheetNames _names;
    private readonly double _dateSerialOffset;

    /// <param name="names">Atomized names of the package's name table.</param>
    /// <param name="sharedStrings">The shared string table.</param>
    /// <param name="styles">Which cell formats are dates.</param>
    /// <param name="maxNonBlankRows">Non-blank rows past which the sheet is refused.</param>
    /// <param name="dateSerialOffset">Added to date-formatted serials so that they count from 1900 (1462 for a 1904 workbook).</param>
    public WorksheetPartParser(SpreadsheetNames names, IReadOnlyList<string> sharedStrings, CellStyles styles, int maxNonBlankRows, double dateSerialOffset = 0)
    {
        _names = names;
        _dateSerialOffset = dateSerialOffset;
        _sharedStrings = sharedStrings;
        _styles = styles;
        _maxNonBlankRows = maxNonBlankRows;
    }

    public WorksheetReadResult Parse(XmlReader reader, CancellationToken cancellationToken)
    {
        reader.MoveToContent();
        if (reader.NodeType != XmlNodeType.Element || !ReferenceEquals(reader.LocalName, _names.Worksheet))
        {
            return WorksheetReadResult.NotAWorksheet;
        }

        var rows = new List<SheetRow>();
        var merged = new List<string>();
        var lastRowNumber = 0;
        var ascending = true;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            var name = reader.LocalName;
            if (ReferenceEquals(name, _names.Row))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var row = ReadRow(reader, lastRowNumber);
                ascending &= row.RowNumber > lastRowNumber;
                lastRowNumber = row.RowNumber;
                if (row.Cells.Count > 0)
                {
                    rows.Add(row);
                    if (rows.Count > _maxNonBlankRows)
                    {
                        return WorksheetReadResult.RowLimitPassed;
                    }
                }
            }
            else if (ReferenceEquals(name, _names.SheetData) || ReferenceEquals(name, _names.MergeCells))
            {
                reader.Read();
            }
            else if (ReferenceEquals(name, _names.MergeCell))
            {
                var reference = reader.GetAttribute("ref");
                if (!string.IsNullOrWhiteSpace(reference))
                {
                    merged.Add(reference.Trim().ToUpperInvariant());
                }

                reader.Skip();
            }
            else
            {
                // Views, column widths, conditional formats, validations, drawings...: not cell contents.
                reader.Skip();
            }
        }

        // Rows written out of order by a hand-made producer: put them in sheet order (stable for a row given twice).
        IReadOnlyList<SheetRow> ordered = ascending ? rows : [.. rows.OrderBy(r => r.RowNumber)];
        return new WorksheetReadResult(ordered, merged, IsWorksheet: true, TooManyRows: false);
    }

    private SheetRow ReadRow(XmlReader reader, int previousRowNumber)
    {
        var rowNumber = ParseRowNumber(reader.GetAttribute(_names.Reference)) ?? previousRowNumber + 1;
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
            if (reader.NodeType == XmlNodeType.Element && ReferenceEquals(reader.LocalName, _names.Cell))
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
        var column = positionalColumn;
        string? type = null;
        var styleAttribute = -1;
        var attributeIndex = 0;
        while (reader.MoveToNextAttribute())
        {
            var attribute = reader.LocalName;
            if (ReferenceEquals(attribute, _names.Reference))
            {
                if (CellReference.TryParse(reader.Value, out var parsedColumn, out _))
                {
                    column = parsedColumn;
                }
            }
            else if (ReferenceEquals(attribute, _names.Text))
            {
                type = reader.Value;
            }
            else if (ReferenceEquals(attribute, _names.Style))
            {
                styleAttribute = attributeIndex;
            }

            attributeIndex++;
        }

        // The style only decides whether a number is a date: its value is read for numeric cells of a workbook that has date formats.
        var isDateFormatted = false;
        if (styleAttribute >= 0 && _styles.HasDateFormats && type is null or "n")
        {
            reader.MoveToAttribute(styleAttribute);
            isDateFormatted = int.TryParse(reader.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var style) && _styles.IsDateFormatted(style);
        }

        reader.MoveToElement();
        if (column > CellReference.MaxColumnIndex)
        {
            throw new InvalidDataException("A cell lies beyond column XFD.");
        }

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
                    var name = reader.LocalName;
                    if (ReferenceEquals(name, _names.Value))
                    {
                        value = ExcelText.ReadSimpleContent(reader);
                    }
                    else if (ReferenceEquals(name, _names.Formula))
                    {
                        formula = ExcelText.ReadSimpleContent(reader);
                    }
                    else if (ReferenceEquals(name, _names.InlineString))
                    {
                        inlineText = ExcelText.ReadRichText(reader);
                    }
                    else
                    {
                        reader.Skip();
                    }

                    continue;
                }

                reader.Read();
            }

            reader.Read();
        }

        var cell = CellValueDecoder.Decode(type, value, formula, inlineText, isDateFormatted, _sharedStrings);
        if (_dateSerialOffset != 0 && cell.Kind == CellKind.Number && cell.IsDateFormatted && type != "d")
        {
            cell = cell with { Number = cell.Number + _dateSerialOffset };
        }

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
