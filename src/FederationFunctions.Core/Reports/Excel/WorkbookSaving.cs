using System.Text.RegularExpressions;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FederationFunctions.Core.Reports.Excel;

/// <summary>Saves a report workbook, repairing what ClosedXML 0.95.4 writes in a way LibreOffice does not read.</summary>
internal static partial class WorkbookSaving
{
    private const string PrintTitles = "_xlnm.Print_Titles";

    /// <summary>
    /// Saves <paramref name="workbook"/> to <paramref name="output"/>. ClosedXML writes the rows repeated on
    /// printed pages as <c>Sheet!4:4</c>; Excel reads it but LibreOffice ignores it, so they are rewritten as
    /// <c>Sheet!$4:$4</c>, as Excel itself writes them.
    /// </summary>
    public static void Save(XLWorkbook workbook, Stream output)
    {
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        using (var document = SpreadsheetDocument.Open(buffer, isEditable: true))
        {
            var book = document.WorkbookPart?.Workbook;
            foreach (var name in book?.DefinedNames?.Elements<DefinedName>() ?? [])
            {
                if (name.Name?.Value == PrintTitles)
                {
                    name.Text = RelativeRows().Replace(name.Text, "!$$$1:$$$2");
                }
            }

            book?.Save();
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    [GeneratedRegex(@"!(\d+):(\d+)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RelativeRows();
}
