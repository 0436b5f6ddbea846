using System.Globalization;

namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>
/// Reads a worksheet part straight from its UTF-8 bytes (<see cref="Utf8XmlTokenizer"/>: no XmlReader, no string per
/// attribute or value), with the same results as <see cref="WorksheetPartParser"/>, node for node. It handles the XML
/// that spreadsheet producers write; for anything else (another encoding, a DOCTYPE, CDATA, comments, processing
/// instructions, names outside ASCII, or XML that is not well formed) it gives up and returns null, and the caller
/// reads the part again with <see cref="WorksheetPartParser"/>, which decides.
/// </summary>
internal sealed class Utf8WorksheetPartParser
{
    private readonly IReadOnlyList<string> _sharedStrings;
    private readonly CellStyles _styles;
    private readonly int _maxNonBlankRows;
    private readonly double _dateSerialOffset;
    private readonly CharBuffer _value = new();
    private readonly CharBuffer _formula = new();
    private readonly CharBuffer _richText = new();

    /// <param name="sharedStrings">The shared string table.</param>
    /// <param name="styles">Which cell formats are dates.</param>
    /// <param name="maxNonBlankRows">Non-blank rows past which the sheet is refused.</param>
    /// <param name="dateSerialOffset">Added to date-formatted serials so that they count from 1900 (1462 for a 1904 workbook).</param>
    public Utf8WorksheetPartParser(IReadOnlyList<string> sharedStrings, CellStyles styles, int maxNonBlankRows, double dateSerialOffset = 0)
    {
        _sharedStrings = sharedStrings;
        _styles = styles;
        _maxNonBlankRows = maxNonBlankRows;
        _dateSerialOffset = dateSerialOffset;
    }

    /// <summary>
    /// The sheet read from <paramref name="part"/>, or null when it must be read with <see cref="WorksheetPartParser"/>.
    /// Throws <see cref="InvalidDataException"/> for the cells <see cref="WorksheetPartParser"/> rejects and for elements
    /// nested deeper than <see cref="SecureXml.MaxElementDepth"/> (which it refuses too).
    /// </summary>
    public WorksheetReadResult? TryParse(Stream part, CancellationToken cancellationToken)
    {
        using var xml = new Utf8XmlTokenizer(part);
        try
        {
            return Parse(xml, cancellationToken);
        }
        catch (XmlFastPathUnsupportedException)
        {
            return null;
        }
    }

    private WorksheetReadResult Parse(Utf8XmlTokenizer xml, CancellationToken cancellationToken)
    {
        while (xml.Read() && xml.Kind != Utf8XmlNodeKind.StartElement)
        {
        }

        if (xml.Kind != Utf8XmlNodeKind.StartElement || !xml.LocalName.SequenceEqual("worksheet"u8))
        {
            return WorksheetReadResult.NotAWorksheet;
        }

        var content = new WorksheetContentBuilder(_maxNonBlankRows, _dateSerialOffset);
        xml.Read();
        while (xml.Kind != Utf8XmlNodeKind.EndOfDocument)
        {
            if (xml.Kind != Utf8XmlNodeKind.StartElement)
            {
                xml.Read();
                continue;
            }

            var name = xml.LocalName;
            if (name.SequenceEqual("row"u8))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!content.EndRow(ReadRow(xml, content)))
                {
                    return WorksheetReadResult.RowLimitPassed;
                }
            }
            else if (name.SequenceEqual("sheetData"u8) || name.SequenceEqual("mergeCells"u8))
            {
                xml.Read();
            }
            else if (name.SequenceEqual("mergeCell"u8))
            {
                var reference = xml.FindAttribute("ref"u8);
                if (reference >= 0)
                {
                    content.AddMergedRange(xml.AttributeValue(reference));
                }

                xml.Skip();
            }
            else
            {
                // Views, column widths, conditional formats, validations, drawings...: not cell contents.
                xml.Skip();
            }
        }

        return content.Build();
    }

    /// <summary>Reads a <c>&lt;row&gt;</c>'s cells into <paramref name="content"/>, leaves the tokenizer after it, and returns its number.</summary>
    private int ReadRow(Utf8XmlTokenizer xml, WorksheetContentBuilder content)
    {
        var reference = xml.FindAttribute("r"u8);
        var rowNumber = content.NextRowNumber(reference >= 0 ? xml.AttributeValue(reference) : default, reference >= 0);
        content.StartRow();
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return rowNumber;
        }

        var depth = xml.Depth;
        var nextColumn = 0;
        xml.Read();
        while (!(xml.Kind == Utf8XmlNodeKind.EndElement && xml.Depth == depth))
        {
            if (xml.Kind == Utf8XmlNodeKind.StartElement && xml.LocalName.SequenceEqual("c"u8))
            {
                var column = ReadCell(xml, nextColumn, content);
                nextColumn = column + 1;
                continue;
            }

            xml.Read();
        }

        xml.Read();
        return rowNumber;
    }

    /// <summary>Reads one <c>&lt;c&gt;</c>, adds it to the row, leaves the tokenizer after it, and returns its column.</summary>
    private int ReadCell(Utf8XmlTokenizer xml, int positionalColumn, WorksheetContentBuilder content)
    {
        var column = positionalColumn;
        string? type = null;
        var styleAttribute = -1;
        for (var i = 0; i < xml.AttributeCount; i++)
        {
            var attribute = xml.AttributeLocalName(i);
            if (attribute.Length != 1)
            {
                continue;
            }

            switch (attribute[0])
            {
                case (byte)'r':
                    if (CellReference.TryParse(xml.AttributeValue(i), out var parsedColumn, out _))
                    {
                        column = parsedColumn;
                    }

                    break;
                case (byte)'t':
                    type = CellTypeName(xml.AttributeValue(i));
                    break;
                case (byte)'s':
                    styleAttribute = i;
                    break;
            }
        }

        // The style only decides whether a number is a date: its value is read for numeric cells of a workbook that has date formats.
        var isDateFormatted = false;
        if (styleAttribute >= 0 && _styles.HasDateFormats && type is null or "n")
        {
            isDateFormatted = int.TryParse(xml.AttributeValue(styleAttribute), NumberStyles.None, CultureInfo.InvariantCulture, out var style)
                && _styles.IsDateFormatted(style);
        }

        if (column > CellReference.MaxColumnIndex)
        {
            throw new InvalidDataException("A cell lies beyond column XFD.");
        }

        var hasValue = false;
        var hasFormula = false;
        string? inlineText = null;
        if (xml.IsEmptyElement)
        {
            xml.Read();
        }
        else
        {
            var depth = xml.Depth;
            xml.Read();
            while (!(xml.Kind == Utf8XmlNodeKind.EndElement && xml.Depth == depth))
            {
                if (xml.Kind == Utf8XmlNodeKind.StartElement)
                {
                    var name = xml.LocalName;
                    if (name.SequenceEqual("v"u8))
                    {
                        _value.Clear();
                        ReadSimpleContent(xml, _value);
                        hasValue = true;
                    }
                    else if (name.SequenceEqual("f"u8))
                    {
                        _formula.Clear();
                        ReadSimpleContent(xml, _formula);
                        hasFormula = true;
                    }
                    else if (name.SequenceEqual("is"u8))
                    {
                        inlineText = ReadRichText(xml);
                    }
                    else
                    {
                        xml.Skip();
                    }

                    continue;
                }

                xml.Read();
            }

            xml.Read();
        }

        content.AddCell(column, CellValueDecoder.Decode(type, _value.Span, hasValue, _formula.Span, hasFormula, inlineText, isDateFormatted, _sharedStrings), type);
        return column;
    }

    /// <summary>Appends every character of text inside the current element; leaves the tokenizer after its end.</summary>
    private static void ReadSimpleContent(Utf8XmlTokenizer xml, CharBuffer destination)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return;
        }

        var depth = xml.Depth;
        xml.Read();
        while (!(xml.Kind == Utf8XmlNodeKind.EndElement && xml.Depth == depth))
        {
            if (xml.Kind == Utf8XmlNodeKind.Text)
            {
                xml.AppendText(destination);
            }

            xml.Read();
        }

        xml.Read();
    }

    /// <summary>The text of an <c>&lt;is&gt;</c>: its <c>&lt;t&gt;</c> runs joined, phonetic runs left out (as <see cref="ExcelText.ReadRichText"/>).</summary>
    private string ReadRichText(Utf8XmlTokenizer xml)
    {
        _richText.Clear();
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return string.Empty;
        }

        var depth = xml.Depth;
        xml.Read();
        while (!(xml.Kind == Utf8XmlNodeKind.EndElement && xml.Depth == depth))
        {
            if (xml.Kind == Utf8XmlNodeKind.StartElement)
            {
                var name = xml.LocalName;
                if (name.SequenceEqual("t"u8))
                {
                    ReadSimpleContent(xml, _richText);
                    continue;
                }

                if (name.SequenceEqual("rPh"u8) || name.SequenceEqual("phoneticPr"u8) || name.SequenceEqual("rPr"u8))
                {
                    xml.Skip();
                    continue;
                }
            }

            xml.Read();
        }

        xml.Read();
        return ExcelText.Unescape(_richText.ToString());
    }

    /// <summary>The <c>t</c> attribute as one of the names the decoder knows, without allocating for them.</summary>
    private static string CellTypeName(ReadOnlySpan<char> value) => value switch
    {
        "s" => "s",
        "n" => "n",
        "str" => "str",
        "b" => "b",
        "e" => "e",
        "d" => "d",
        "inlineStr" => "inlineStr",
        _ => new string(value),
    };
}
