using ClosedXML.Excel;

namespace FederationFunctions.Core.Tests.Reports;

/// <summary>Writes a workbook to memory and opens it again with ClosedXML, as a reader of the file would.</summary>
internal static class WorkbookReading
{
    public static XLWorkbook WriteAndOpen(Action<Stream> write)
    {
        var stream = new MemoryStream();
        write(stream);
        stream.Position = 0;
        return new XLWorkbook(stream);
    }

    /// <summary>The texts of row <paramref name="row"/> from column 1 to <paramref name="columns"/>.</summary>
    public static string[] RowTexts(IXLWorksheet sheet, int row, int columns) =>
        Enumerable.Range(1, columns).Select(c => sheet.Cell(row, c).GetString()).ToArray();

    /// <summary>The first row whose column A holds <paramref name="text"/>.</summary>
    public static int FindRow(IXLWorksheet sheet, string text, int column = 1)
    {
        var last = sheet.LastRowUsed()?.RowNumber() ?? 0;
        for (var row = 1; row <= last; row++)
        {
            if (sheet.Cell(row, column).GetString() == text)
            {
                return row;
            }
        }

        throw new Xunit.Sdk.XunitException($"'{text}' not found in column {column} of {sheet.Name}");
    }
}
