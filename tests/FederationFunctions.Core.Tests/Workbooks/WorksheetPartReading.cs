using System.Globalization;
using System.Text;
using System.Xml;
using FederationFunctions.Core.Workbooks;
using FederationFunctions.Core.Workbooks.Xlsx;

namespace FederationFunctions.Core.Tests.Workbooks;

/// <summary>What <see cref="WorksheetPartParser"/> gave for one part: a result or an exception.</summary>
internal sealed record ParseOutcome(WorksheetReadResult? Result, Exception? Exception)
{
    public override string ToString() => Exception is not null
        ? $"{Exception.GetType().Name}: {Exception.Message}"
        : $"result (IsWorksheet={Result!.IsWorksheet}, TooManyRows={Result.TooManyRows}, {Result.Rows.Count} rows, {Result.MergedRanges.Count} merged ranges)";
}

/// <summary>The settings the parser is given for one part.</summary>
internal sealed record WorksheetParseSettings(IReadOnlyList<string> SharedStrings, CellStyles Styles, int MaxNonBlankRows, double DateSerialOffset = 0)
{
    /// <summary>Style 1 and 3 are dates (as in a workbook whose cellXfs 1 is dd/mm/yyyy and 3 is a time).</summary>
    public static readonly bool[] DateStyles = [false, true, false, true, false];

    /// <summary>
    /// Shared strings as <see cref="SharedStringsPartParser"/> gives them (already unescaped): text, an empty string,
    /// white space only, a leftover escape, non-ASCII.
    /// </summary>
    public static readonly string[] Strings = ["Libellé", "59-LIL-001", "", "  ", "Ligne 1\rLigne 2", "_x0041_", "東京 😀", "Total"];

    public static WorksheetParseSettings Default { get; } = new(Strings, new CellStyles(DateStyles), 1_000);

    public static WorksheetParseSettings WithoutDateFormats { get; } = new(Strings, CellStyles.None, 1_000);
}

/// <summary>
/// Runs <see cref="WorksheetPartParser"/> through <see cref="SecureXml"/>, as the package reader does, and checks that a
/// part is either read or refused the way the reader turns into "not a workbook" (<see cref="MalformedInput"/>), never with
/// another exception.
/// </summary>
internal static class WorksheetPartReading
{
    public static ParseOutcome Read(byte[] bytes, WorksheetParseSettings settings, CancellationToken cancellationToken = default)
    {
        try
        {
            var nameTable = new NameTable();
            using var reader = SecureXml.Create(new MemoryStream(bytes, writable: false), nameTable);
            var parser = new WorksheetPartParser(new SpreadsheetNames(nameTable), settings.SharedStrings, settings.Styles, settings.MaxNonBlankRows, settings.DateSerialOffset);
            return new ParseOutcome(parser.Parse(reader, cancellationToken), null);
        }
#pragma warning disable CA1031 // The outcome records whatever the parser threw.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return new ParseOutcome(null, exception);
        }
    }

    /// <summary>Why the outcome is neither a result nor a refusal of malformed input, or null when it is one of them.</summary>
    public static string? UnexpectedOutcome(ParseOutcome outcome) =>
        outcome.Exception is null || MalformedInput.IsMalformedInput(outcome.Exception)
            ? null
            : $"the parser threw {outcome.Exception.GetType().Name}, which the reader does not take for malformed input: {outcome.Exception}";

    /// <summary>The first difference between two results, or null when they are identical.</summary>
    public static string? Difference(WorksheetReadResult expected, WorksheetReadResult actual)
    {
        if (expected.IsWorksheet != actual.IsWorksheet || expected.TooManyRows != actual.TooManyRows)
        {
            return $"flags differ: expected IsWorksheet={expected.IsWorksheet} TooManyRows={expected.TooManyRows}, actual IsWorksheet={actual.IsWorksheet} TooManyRows={actual.TooManyRows}";
        }

        if (!expected.MergedRanges.SequenceEqual(actual.MergedRanges, StringComparer.Ordinal))
        {
            return $"merged ranges differ: expected [{string.Join(", ", expected.MergedRanges.Select(Quote))}], actual [{string.Join(", ", actual.MergedRanges.Select(Quote))}]";
        }

        for (var index = 0; index < Math.Min(expected.Rows.Count, actual.Rows.Count); index++)
        {
            var expectedRow = expected.Rows[index];
            var actualRow = actual.Rows[index];
            if (expectedRow.RowNumber != actualRow.RowNumber)
            {
                return $"row #{index} differs: expected row {expectedRow.RowNumber}, actual row {actualRow.RowNumber}";
            }

            if (expectedRow.Cells.Count != actualRow.Cells.Count)
            {
                return $"row {expectedRow.RowNumber} (#{index}) differs: expected {expectedRow.Cells.Count} cells, actual {actualRow.Cells.Count} cells";
            }

            for (var column = 0; column < expectedRow.Cells.Count; column++)
            {
                var expectedCell = expectedRow.Cells[column];
                var actualCell = actualRow.Cells[column];
                if (!SameCell(expectedCell, actualCell))
                {
                    return $"cell {CellReference.Format(Math.Min(column, CellReference.MaxColumnIndex), Math.Clamp(expectedRow.RowNumber, 1, int.MaxValue))} (row #{index}, column {column}) differs: expected {Describe(expectedCell)}, actual {Describe(actualCell)}";
                }
            }
        }

        return expected.Rows.Count == actual.Rows.Count
            ? null
            : $"row counts differ: expected {expected.Rows.Count}, actual {actual.Rows.Count}";
    }

    /// <summary>Equal as <see cref="CellValue"/> records and, for numbers, bit for bit (0 and -0 differ).</summary>
    public static bool SameCell(CellValue expected, CellValue actual) =>
        expected == actual && BitConverter.DoubleToInt64Bits(expected.Number) == BitConverter.DoubleToInt64Bits(actual.Number);

    public static string Describe(CellValue cell) => string.Create(
        CultureInfo.InvariantCulture,
        $"{cell.Kind} number={cell.Number:R} (bits 0x{BitConverter.DoubleToInt64Bits(cell.Number):X16}) text={(cell.Text is null ? "null" : Quote(cell.Text))} date={cell.IsDateFormatted}");

    /// <summary>The bytes as readable text: printable ASCII as is, \r \n \t, other bytes as \xHH (so that a mutant can be rebuilt exactly).</summary>
    public static string Escape(byte[] bytes, int maxBytes = 20_000)
    {
        var builder = new StringBuilder(Math.Min(bytes.Length, maxBytes) + 16);
        foreach (var value in bytes.AsSpan(0, Math.Min(bytes.Length, maxBytes)))
        {
            switch (value)
            {
                case (byte)'\\':
                    builder.Append(@"\\");
                    break;
                case (byte)'\r':
                    builder.Append(@"\r");
                    break;
                case (byte)'\n':
                    builder.Append(@"\n");
                    break;
                case (byte)'\t':
                    builder.Append(@"\t");
                    break;
                case >= 0x20 and < 0x7F:
                    builder.Append((char)value);
                    break;
                default:
                    builder.Append(CultureInfo.InvariantCulture, $"\\x{value:X2}");
                    break;
            }
        }

        if (bytes.Length > maxBytes)
        {
            builder.Append(CultureInfo.InvariantCulture, $"... ({bytes.Length - maxBytes} more bytes)");
        }

        return builder.ToString();
    }

    private static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var character in text.Length > 200 ? text[..200] : text)
        {
            if (character is < ' ' or > '~')
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)character:X4}");
            }
            else
            {
                builder.Append(character);
            }
        }

        return builder.Append(text.Length > 200 ? "\"..." : "\"").ToString();
    }
}
