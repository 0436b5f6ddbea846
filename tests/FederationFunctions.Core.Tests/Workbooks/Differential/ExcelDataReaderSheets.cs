using System.Text;
using ExcelDataReader;

namespace FederationFunctions.Core.Tests.Workbooks.Differential;

/// <summary>One non-empty cell as ExcelDataReader gives it, with the number format it saw.</summary>
internal sealed record ExcelDataReaderCell(object Value, string? NumberFormat);

/// <summary>
/// Reads a workbook with ExcelDataReader (a mature reader used here as a reference, test-only). Its configuration asks
/// for code page 1252 (a fallback for legacy .xls); a code-page provider registered for the whole process would also let
/// XmlReader read the windows-1252 parts the reader's tests expect it to refuse, so the page is served only while
/// ExcelDataReader reads (<see cref="ScopedCodePages"/>).
/// </summary>
internal static class ExcelDataReaderSheets
{
    static ExcelDataReaderSheets() => Encoding.RegisterProvider(ScopedCodePages.Instance);

    /// <summary>Every sheet (in order): its non-null cells by 1-based row number and 0-based column.</summary>
    public static IReadOnlyList<(string Name, Dictionary<(int Row, int Column), ExcelDataReaderCell> Cells)> Read(byte[] bytes)
    {
        var sheets = new List<(string, Dictionary<(int, int), ExcelDataReaderCell>)>();
        using var scope = ScopedCodePages.Enable();
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

/// <summary>Serves the code pages of <see cref="CodePagesEncodingProvider"/> only inside <see cref="Enable"/> on the current flow.</summary>
internal sealed class ScopedCodePages : EncodingProvider
{
    public static readonly ScopedCodePages Instance = new();

    private static readonly AsyncLocal<bool> Enabled = new();

    public static IDisposable Enable()
    {
        Enabled.Value = true;
        return new Scope();
    }

    public override Encoding? GetEncoding(int codepage) => Enabled.Value ? CodePagesEncodingProvider.Instance.GetEncoding(codepage) : null;

    public override Encoding? GetEncoding(string name) => Enabled.Value ? CodePagesEncodingProvider.Instance.GetEncoding(name) : null;

    private sealed class Scope : IDisposable
    {
        public void Dispose() => Enabled.Value = false;
    }
}
