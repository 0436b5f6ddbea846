using System.Globalization;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Tests.Workbooks;

/// <summary>Shortcuts for reader tests.</summary>
public static class WorkbookReading
{
    public static Task<WorkbookReadResult> ReadAsync(byte[] bytes, string fileName = "remontee.xlsx") =>
        new XlsxWorkbookReader().ReadAsync(new MemoryStream(bytes, writable: false), fileName, CancellationToken.None);

    public static async Task<WorkbookData> ReadSuccessfullyAsync(byte[] bytes, string fileName = "remontee.xlsx")
    {
        var result = await ReadAsync(bytes, fileName);
        Assert.True(result.Succeeded, result.Refusal?.Message);
        return result.Workbook;
    }

    public static SheetData Sheet(this WorkbookData workbook, string name) => workbook.Sheets.Single(s => s.Name == name);

    /// <summary>The row with this Excel row number; fails when the reader left it out.</summary>
    public static SheetRow Row(this SheetData sheet, int rowNumber) => sheet.Rows.Single(r => r.RowNumber == rowNumber);

    public static CellValue Cell(this WorkbookData workbook, string sheet, int rowNumber, int columnIndex) =>
        workbook.Sheet(sheet).Row(rowNumber)[columnIndex];

    /// <summary>Runs an action under a given current culture, restoring the previous one.</summary>
    public static async Task UnderCultureAsync(string cultureName, Func<Task> action)
    {
        var previous = CultureInfo.CurrentCulture;
        var previousUi = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(cultureName);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(cultureName);
        try
        {
            await action();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }
}
