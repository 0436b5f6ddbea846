using System.Globalization;
using System.Xml;

namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>
/// Streams a worksheet part: rows (<c>&lt;row&gt;</c>, numbered by <c>r</c> or by position), cells (<c>&lt;c&gt;</c>, placed by
/// <c>r</c> or by position), and merged ranges. Stops as soon as the sheet has more non-blank rows than allowed.
/// The reader's only worksheet parser, on <see cref="XmlReader"/>.
/// </summary>
/// <param name="names">Atomized names of the package's name table.</param>
/// <param name="sharedStrings">The shared string table.</param>
/// <param name="styles">Which cell formats are dates.</param>
/// <param name="maxNonBlankRows">Non-blank rows past which the sheet is refused.</param>
/// <param name="dateSerialOffset">Added to date-formatted serials so that they count from 1900 (1462 for a 1904 workbook).</param>
internal sealed class WorksheetPartParser(SpreadsheetNames names, IReadOnlyList<string> sharedStrings, CellStyles styles, int maxNonBlankRows, double dateSerialOffset = 0)
{
    /// <param name="reader">The part's XML.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <param name="keepCells">
    /// Asked once the part is known to be a worksheet: false, and its rows are only counted, for the row limit, and none is
    /// kept (a sheet the caller ignores). Null keeps them.
    /// </param>
    public WorksheetReadResult Parse(XmlReader reader, CancellationToken cancellationToken, Func<bool>? keepCells = null)
    {
        reader.MoveToContent();
        if (reader.NodeType != XmlNodeType.Element || !ReferenceEquals(reader.LocalName, names.Worksheet))
        {
            return WorksheetReadResult.NotAWorksheet;
        }

        var content = new WorksheetContentBuilder(maxNonBlankRows, dateSerialOffset, keepCells?.Invoke() ?? true);
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            var name = reader.LocalName;
            if (ReferenceEquals(name, names.Row))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!content.EndRow(ReadRow(reader, content)))
                {
                    return WorksheetReadResult.RowLimitPassed;
                }
            }
            else if (ReferenceEquals(name, names.SheetData) || ReferenceEquals(name, names.MergeCells))
            {
                reader.Read();
            }
            else if (ReferenceEquals(name, names.MergeCell))
            {
                content.AddMergedRange(reader.GetAttribute("ref"));
                reader.Skip();
            }
            else
            {
                // Views, column widths, conditional formats, validations, drawings...: not cell contents.
                reader.Skip();
            }
        }

        return content.Build();
    }

    /// <summary>Reads a <c>&lt;row&gt;</c>'s cells into <paramref name="content"/>, leaves the reader after it, and returns its number.</summary>
    private int ReadRow(XmlReader reader, WorksheetContentBuilder content)
    {
        var reference = reader.GetAttribute(names.Reference);
        var rowNumber = content.NextRowNumber(reference, reference is not null);
        content.StartRow();
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return rowNumber;
        }

        var depth = reader.Depth;
        var nextColumn = 0;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && ReferenceEquals(reader.LocalName, names.Cell))
            {
                var column = ReadCell(reader, nextColumn, content);
                nextColumn = column + 1;
                continue;
            }

            reader.Read();
        }

        reader.Read();
        return rowNumber;
    }

    /// <summary>Reads one <c>&lt;c&gt;</c>, adds it to the row, leaves the reader after it, and returns its column.</summary>
    private int ReadCell(XmlReader reader, int positionalColumn, WorksheetContentBuilder content)
    {
        var column = positionalColumn;
        string? type = null;
        var styleAttribute = -1;
        var attributeIndex = 0;
        while (reader.MoveToNextAttribute())
        {
            var attribute = reader.LocalName;
            if (ReferenceEquals(attribute, names.Reference))
            {
                if (CellReference.TryParse(reader.Value, out var parsedColumn, out _))
                {
                    column = parsedColumn;
                }
            }
            else if (ReferenceEquals(attribute, names.Text))
            {
                type = reader.Value;
            }
            else if (ReferenceEquals(attribute, names.Style))
            {
                styleAttribute = attributeIndex;
            }

            attributeIndex++;
        }

        // The style only decides whether a number is a date: its value is read for numeric cells of a workbook that has date formats.
        var isDateFormatted = false;
        if (styleAttribute >= 0 && styles.HasDateFormats && type is null or "n")
        {
            reader.MoveToAttribute(styleAttribute);
            isDateFormatted = int.TryParse(reader.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var style) && styles.IsDateFormatted(style);
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
                    if (ReferenceEquals(name, names.Value))
                    {
                        value = ExcelText.ReadSimpleContent(reader);
                    }
                    else if (ReferenceEquals(name, names.Formula))
                    {
                        formula = ExcelText.ReadSimpleContent(reader);
                    }
                    else if (ReferenceEquals(name, names.InlineString))
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

        content.AddCell(column, CellValueDecoder.Decode(type, value, formula, inlineText, isDateFormatted, sharedStrings), type);
        return column;
    }
}
