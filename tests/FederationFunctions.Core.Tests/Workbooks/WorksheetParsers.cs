using System.Globalization;
using System.Text;
using System.Xml;
using FederationFunctions.Core.Workbooks;
using FederationFunctions.Core.Workbooks.Xlsx;

namespace FederationFunctions.Core.Tests.Workbooks;

/// <summary>What a worksheet parser gave for one part: a result, null (the fast path declined), or an exception.</summary>
internal sealed record ParseOutcome(WorksheetReadResult? Result, Exception? Exception)
{
    public override string ToString() => Exception is not null
        ? $"{Exception.GetType().Name}: {Exception.Message}"
        : Result is null
            ? "null (declined)"
            : $"result (IsWorksheet={Result.IsWorksheet}, TooManyRows={Result.TooManyRows}, {Result.Rows.Count} rows, {Result.MergedRanges.Count} merged ranges)";
}

/// <summary>The parser settings both parsers are given for one part.</summary>
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
/// Runs <see cref="WorksheetPartParser"/> (through <see cref="SecureXml"/>, as the package reader does) and
/// <see cref="Utf8WorksheetPartParser"/> on the same bytes and checks the fast parser's contract against the XmlReader one:
/// <list type="bullet">
/// <item>a result from the fast parser is identical to the XmlReader parser's (rows, cells bit for bit, merged ranges, flags);</item>
/// <item>an <see cref="InvalidDataException"/> from the fast parser only where the XmlReader parser fails too;</item>
/// <item>no result from the fast parser where the XmlReader parser fails (null or InvalidDataException only);</item>
/// <item>no other exception from the fast parser.</item>
/// </list>
/// </summary>
internal static class WorksheetParsers
{
    public static ParseOutcome ReadWithXmlReader(byte[] bytes, WorksheetParseSettings settings, CancellationToken cancellationToken = default)
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

    /// <param name="chunkSize">When set, the part is given as a non-seekable stream that returns at most this many bytes per read (as an inflating zip entry does).</param>
    public static ParseOutcome ReadWithUtf8(byte[] bytes, WorksheetParseSettings settings, int? chunkSize = null, CancellationToken cancellationToken = default)
    {
        try
        {
            using Stream stream = chunkSize is { } size ? new NonSeekableStream(bytes, size) : new MemoryStream(bytes, writable: false);
            var parser = new Utf8WorksheetPartParser(settings.SharedStrings, settings.Styles, settings.MaxNonBlankRows, settings.DateSerialOffset);
            return new ParseOutcome(parser.TryParse(stream, cancellationToken), null);
        }
#pragma warning disable CA1031 // The outcome records whatever the parser threw.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return new ParseOutcome(null, exception);
        }
    }

    /// <summary>Why the fast parser's outcome breaks the contract against the XmlReader parser's, or null when it keeps it.</summary>
    public static string? ContractViolation(ParseOutcome reference, ParseOutcome fast)
    {
        if (reference.Exception is not null and not XmlException and not InvalidDataException)
        {
            return $"the XmlReader parser itself threw an unexpected {reference}";
        }

        if (fast.Exception is not null)
        {
            if (fast.Exception is not InvalidDataException)
            {
                return $"the fast parser threw {fast.Exception.GetType().Name} (only InvalidDataException is allowed): {fast.Exception}";
            }

            return reference.Exception is null
                ? $"the fast parser threw InvalidDataException ({fast.Exception.Message}) but the XmlReader parser gave {reference}"
                : null;
        }

        if (fast.Result is null)
        {
            return null;
        }

        if (reference.Exception is not null)
        {
            return $"the fast parser gave {fast} but the XmlReader parser rejects the part: {reference}";
        }

        return Difference(reference.Result!, fast.Result);
    }

    /// <summary>Runs both parsers and asserts the contract; returns both outcomes.</summary>
    public static (ParseOutcome Reference, ParseOutcome Fast) AssertContract(byte[] bytes, WorksheetParseSettings? settings = null, int? chunkSize = null, string? label = null)
    {
        settings ??= WorksheetParseSettings.Default;
        var reference = ReadWithXmlReader(bytes, settings);
        var fast = ReadWithUtf8(bytes, settings, chunkSize);
        var violation = ContractViolation(reference, fast);
        Assert.True(violation is null, $"{label}{(label is null ? string.Empty : ": ")}Contract broken{(chunkSize is null ? string.Empty : $" (read {chunkSize} bytes at a time)")}: {violation}\nXmlReader: {reference}\nFast: {fast}\nPart: {Escape(bytes)}");
        return (reference, fast);
    }

    /// <summary>Runs both parsers, asserts that the fast path was taken (a result, not null) and that the results are identical.</summary>
    public static WorksheetReadResult AssertTakenAndEqual(byte[] bytes, WorksheetParseSettings? settings = null, int? chunkSize = null, string? label = null)
    {
        var (reference, fast) = AssertContract(bytes, settings, chunkSize, label);
        Assert.True(reference.Result is not null, $"{label}{(label is null ? string.Empty : ": ")}The XmlReader parser does not read this part: {reference}\nPart: {Escape(bytes)}");
        Assert.True(fast.Result is not null, $"{label}{(label is null ? string.Empty : ": ")}The fast path was not taken{(chunkSize is null ? string.Empty : $" (read {chunkSize} bytes at a time)")}: {fast}\nPart: {Escape(bytes, 4_000)}");
        return fast.Result!;
    }

    /// <summary>The first difference between two results, or null when they are identical.</summary>
    public static string? Difference(WorksheetReadResult expected, WorksheetReadResult actual)
    {
        if (expected.IsWorksheet != actual.IsWorksheet || expected.TooManyRows != actual.TooManyRows)
        {
            return $"flags differ: XmlReader IsWorksheet={expected.IsWorksheet} TooManyRows={expected.TooManyRows}, fast IsWorksheet={actual.IsWorksheet} TooManyRows={actual.TooManyRows}";
        }

        if (!expected.MergedRanges.SequenceEqual(actual.MergedRanges, StringComparer.Ordinal))
        {
            return $"merged ranges differ: XmlReader [{string.Join(", ", expected.MergedRanges.Select(Quote))}], fast [{string.Join(", ", actual.MergedRanges.Select(Quote))}]";
        }

        for (var index = 0; index < Math.Min(expected.Rows.Count, actual.Rows.Count); index++)
        {
            var expectedRow = expected.Rows[index];
            var actualRow = actual.Rows[index];
            if (expectedRow.RowNumber != actualRow.RowNumber)
            {
                return $"row #{index} differs: XmlReader row {expectedRow.RowNumber}, fast row {actualRow.RowNumber}";
            }

            if (expectedRow.Cells.Count != actualRow.Cells.Count)
            {
                return $"row {expectedRow.RowNumber} (#{index}) differs: XmlReader {expectedRow.Cells.Count} cells, fast {actualRow.Cells.Count} cells";
            }

            for (var column = 0; column < expectedRow.Cells.Count; column++)
            {
                var expectedCell = expectedRow.Cells[column];
                var actualCell = actualRow.Cells[column];
                if (!SameCell(expectedCell, actualCell))
                {
                    return $"cell {CellReference.Format(Math.Min(column, CellReference.MaxColumnIndex), Math.Clamp(expectedRow.RowNumber, 1, int.MaxValue))} (row #{index}, column {column}) differs: XmlReader {Describe(expectedCell)}, fast {Describe(actualCell)}";
                }
            }
        }

        return expected.Rows.Count == actual.Rows.Count
            ? null
            : $"row counts differ: XmlReader {expected.Rows.Count}, fast {actual.Rows.Count}";
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
