using System.Globalization;

namespace FederationFunctions.Core.Workbooks;

/// <summary>
/// Converts between Excel column letters and 0-based column indexes ("A" = 0, "Z" = 25, "AA" = 26, "XFD" = 16383),
/// and parses A1 cell references such as <c>B7</c>.
/// </summary>
public static class CellReference
{
    /// <summary>The last column Excel allows (XFD), as a 0-based index.</summary>
    public const int MaxColumnIndex = 16_383;

    /// <summary>The last row Excel allows, 1-based.</summary>
    public const int MaxRowNumber = 1_048_576;

    /// <summary>The column letters of a 0-based column index: 0 -> "A", 27 -> "AB".</summary>
    public static string ColumnLetters(int columnIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(columnIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(columnIndex, MaxColumnIndex);
        Span<char> buffer = stackalloc char[3];
        var position = buffer.Length;
        var value = columnIndex + 1;
        while (value > 0)
        {
            var remainder = (value - 1) % 26;
            buffer[--position] = (char)('A' + remainder);
            value = (value - 1) / 26;
        }

        return new string(buffer[position..]);
    }

    /// <summary>The A1 reference of a cell: (0, 7) -> "A7".</summary>
    public static string Format(int columnIndex, int rowNumber) =>
        ColumnLetters(columnIndex) + rowNumber.ToString(CultureInfo.InvariantCulture);

    /// <summary>The 0-based index of column letters ("A" -> 0, "ab" -> 27); false when they are not valid letters up to XFD.</summary>
    public static bool TryParseColumn(ReadOnlySpan<char> letters, out int columnIndex)
    {
        columnIndex = -1;
        if (letters.IsEmpty || letters.Length > 3)
        {
            return false;
        }

        var value = 0;
        foreach (var letter in letters)
        {
            var upper = char.ToUpperInvariant(letter);
            if (upper is < 'A' or > 'Z')
            {
                return false;
            }

            value = (value * 26) + (upper - 'A' + 1);
        }

        if (value - 1 > MaxColumnIndex)
        {
            return false;
        }

        columnIndex = value - 1;
        return true;
    }

    /// <summary>
    /// Parses an A1 reference ("B7", "$B$7") into a 0-based column index and a 1-based row number;
    /// false when it is not a single-cell reference within XFD1048576.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> reference, out int columnIndex, out int rowNumber)
    {
        columnIndex = -1;
        rowNumber = 0;
        var text = reference.Trim();
        if (!text.IsEmpty && text[0] == '$')
        {
            text = text[1..];
        }

        var letterCount = 0;
        while (letterCount < text.Length && char.IsAsciiLetter(text[letterCount]))
        {
            letterCount++;
        }

        if (!TryParseColumn(text[..letterCount], out var column))
        {
            return false;
        }

        var digits = text[letterCount..];
        if (!digits.IsEmpty && digits[0] == '$')
        {
            digits = digits[1..];
        }

        if (digits.IsEmpty || digits.Length > 7)
        {
            return false;
        }

        var row = 0;
        foreach (var digit in digits)
        {
            if (!char.IsAsciiDigit(digit))
            {
                return false;
            }

            row = (row * 10) + (digit - '0');
        }

        if (row is < 1 or > MaxRowNumber)
        {
            return false;
        }

        columnIndex = column;
        rowNumber = row;
        return true;
    }
}
