using System.Text;
using ExcelDataReader;

namespace FederationFunctions.Core.Tests.Workbooks.Differential;

/// <summary>One non-empty cell as ExcelDataReader gives it, with the number format it saw.</summary>
internal sealed record ExcelDataReaderCell(object Value, string? NumberFormat);

/// <summary>Reads a workbook with ExcelDataReader (a mature reader used here as a reference, test-only).</summary>
internal static class ExcelDataReaderSheets
{
    static ExcelDataReaderSheets() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Every sheet (in order): its non-null cells by 1-based row number and 0-based column.</summary>
    public static IReadOnlyList<(string Name, Dictionary<(int Row, int Column), ExcelDataReaderCell> Cells)> Read(byte[] bytes)
    {
        var sheets = new List<(string, Dictionary<(int, int), ExcelDataReaderCell>)>();
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(bytes, writable: false));
        do
        {
            var cells = new Dictionary<(int, int), ExcelDataReaderCell>();
            var row = 0;
            while (reader.Read())
            {
                row++;
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    var value = reader.GetValue(column);
                    if (value is not null)
                    {
                        cells[(row, column)] = new ExcelDataReaderCell(value, reader.GetNumberFormatString(column));
                    }
                }
            }

            sheets.Add((reader.Name, cells));
        }
        while (reader.NextResult());

        return sheets;
    }
}
