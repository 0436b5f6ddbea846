using System.Globalization;

namespace FederationFunctions.Core.Validation.Sheets;

/// <summary>
/// Column letters and A1 references (index 0 is column A). Kept private to validation: the workbook reader may bring
/// an equivalent public helper, at which point this one can go.
/// </summary>
internal static class ColumnLetters
{
    /// <summary>The letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string FromIndex(int columnIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(columnIndex);
        var letters = new Stack<char>();
        var n = columnIndex + 1;
        while (n > 0)
        {
            var remainder = (n - 1) % 26;
            letters.Push((char)('A' + remainder));
            n = (n - 1) / 26;
        }

        return new string([.. letters]);
    }

    /// <summary>Parses an A1 reference such as <c>B12</c> (optionally with <c>$</c>) into a row number and a 0-based column index.</summary>
    public static bool TryParseCell(string reference, out int rowNumber, out int columnIndex)
    {
        rowNumber = 0;
        columnIndex = -1;
        var text = reference.Replace("$", string.Empty, StringComparison.Ordinal).Trim();
        var i = 0;
        var column = 0;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            column = (column * 26) + (char.ToUpperInvariant(text[i]) - 'A' + 1);
            i++;
        }

        if (i == 0 || i == text.Length || column > 16_384
            || !int.TryParse(text.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out rowNumber) || rowNumber < 1)
        {
            return false;
        }

        columnIndex = column - 1;
        return true;
    }

    /// <summary>Parses a range such as <c>A1:C2</c> (a single cell is a range of one).</summary>
    public static bool TryParseRange(string range, out int firstRow, out int firstColumn, out int lastRow, out int lastColumn)
    {
        var parts = range.Split(':');
        firstRow = lastRow = 0;
        firstColumn = lastColumn = -1;
        if (parts.Length is < 1 or > 2
            || !TryParseCell(parts[0], out firstRow, out firstColumn)
            || !TryParseCell(parts[^1], out lastRow, out lastColumn))
        {
            return false;
        }

        (firstRow, lastRow) = (Math.Min(firstRow, lastRow), Math.Max(firstRow, lastRow));
        (firstColumn, lastColumn) = (Math.Min(firstColumn, lastColumn), Math.Max(firstColumn, lastColumn));
        return true;
    }
}
