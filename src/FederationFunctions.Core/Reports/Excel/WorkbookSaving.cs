using System.Text.RegularExpressions;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FederationFunctions.Core.Reports.Charts;

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
    public static void Save(XLWorkbook workbook, Stream output) => Save(workbook, output, []);

    /// <summary>
    /// Saves <paramref name="workbook"/> as <see cref="Save(XLWorkbook, Stream)"/> does, then adds the native
    /// <paramref name="charts"/> to the package (<see cref="ChartPartWriter"/>), their caches read from the written cells.
    /// </summary>
    public static void Save(XLWorkbook workbook, Stream output, IReadOnlyList<ChartDefinition> charts) => Save(workbook, output, charts, null);

    /// <summary>
    /// Saves <paramref name="workbook"/> as <see cref="Save(XLWorkbook, Stream)"/> does, with <paramref name="normalFont"/> as
    /// the font of the « Normal » style. ClosedXML 0.95.4 always writes Calibri 11 there (<c>book.Style</c> only restyles the
    /// cells), and column widths are counted in characters of that font: a reader without Calibri (LibreOffice without
    /// Carlito) then makes every column wider than planned and a page-wide column runs off the printed page.
    /// </summary>
    public static void Save(XLWorkbook workbook, Stream output, (string Name, double Size) normalFont) => Save(workbook, output, [], normalFont);

    private static void Save(XLWorkbook workbook, Stream output, IReadOnlyList<ChartDefinition> charts, (string Name, double Size)? normalFont)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(charts);
        var withCaches = charts.Select(c => (c, ChartCache.Read(workbook, c))).ToList();
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
            if (normalFont is { } font && document.WorkbookPart?.WorkbookStylesPart?.Stylesheet is { Fonts: { } fonts } stylesheet
                && fonts.Elements<Font>().FirstOrDefault() is { } normal)
            {
                normal.FontName = new FontName { Val = font.Name };
                normal.FontSize = new FontSize { Val = font.Size };
                stylesheet.Save();
            }

            if (withCaches.Count > 0)
            {
                ChartPartWriter.Add(document.WorkbookPart!, withCaches);
            }
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    [GeneratedRegex(@"!(\d+):(\d+)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RelativeRows();
}
