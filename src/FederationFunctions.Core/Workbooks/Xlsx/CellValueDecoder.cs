using System.Globalization;

namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>Turns a <c>&lt;c&gt;</c>'s type, cached value, formula and inline text into a <see cref="CellValue"/> (invariant culture).</summary>
internal static class CellValueDecoder
{
    /// <param name="type">The <c>t</c> attribute (null for a number).</param>
    /// <param name="value">The <c>&lt;v&gt;</c> text, null when absent.</param>
    /// <param name="formula">The <c>&lt;f&gt;</c> text, null when there is no formula.</param>
    /// <param name="inlineText">The <c>&lt;is&gt;</c> text, null when absent.</param>
    /// <param name="isDateFormatted">Whether the cell's style is a date/time format.</param>
    /// <param name="sharedStrings">The shared string table.</param>
    public static CellValue Decode(string? type, string? value, string? formula, string? inlineText, bool isDateFormatted, IReadOnlyList<string> sharedStrings)
    {
        if (type == "inlineStr")
        {
            return CellValue.FromText(inlineText ?? value ?? string.Empty);
        }

        if (value is null)
        {
            if (formula is not null)
            {
                return CellValue.FromFormulaWithoutValue(formula);
            }

            return inlineText is null ? CellValue.Blank : CellValue.FromText(inlineText);
        }

        switch (type)
        {
            case null or "n":
                var trimmed = value.AsSpan().Trim();
                if (trimmed.IsEmpty)
                {
                    return formula is not null ? CellValue.FromFormulaWithoutValue(formula) : CellValue.Blank;
                }

                if (!NumberText.TryParse(trimmed, out var number))
                {
                    throw new InvalidDataException("A numeric cell holds a value that is not a number.");
                }

                return CellValue.FromNumber(number, isDateFormatted);
            case "s":
                if (!int.TryParse(value.AsSpan().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= sharedStrings.Count)
                {
                    throw new InvalidDataException("A cell refers to a shared string that does not exist.");
                }

                return CellValue.FromText(sharedStrings[index]);
            case "str":
                return CellValue.FromText(ExcelText.Unescape(value));
            case "b":
                return CellValue.FromBoolean(value.Trim() is "1" or "true" or "TRUE" or "True");
            case "e":
                return CellValue.FromError(value.Trim());
            case "d":
                return DecodeIsoDate(value);
            default:
                throw new InvalidDataException("A cell has an unknown type.");
        }
    }

    /// <summary>A Strict OOXML date (ISO 8601) as Excel's serial; a value that is not a date Excel can hold is an error for the cell.</summary>
    private static CellValue DecodeIsoDate(string value) => IsoDateSerial.TryParse(value, out var serial)
        ? CellValue.FromNumber(serial, isDateFormatted: true)
        : CellValue.FromError(UnreadableDateError);

    /// <summary>The error code of a date cell whose value cannot be read (what Excel shows for a value of the wrong kind).</summary>
    public const string UnreadableDateError = "#VALUE!";
}
