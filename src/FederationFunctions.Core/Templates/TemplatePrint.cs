using ClosedXML.Excel;
using FederationFunctions.Core.Reports.Excel;

namespace FederationFunctions.Core.Templates;

/// <summary>
/// How the template's sheets print, as the report's do: A4, one page wide (as many pages tall as needed), the header row
/// repeated on every page, narrow margins, the year, the structure and the sheet's name in the page header, « Page n / N »
/// in the footer.
/// Wrapped cells get row heights computed here, because ClosedXML 0.95.4 cannot measure text on Linux
/// (<c>AdjustToContents</c> throws) and a row whose height is left to the reader prints cut in some of them.
/// </summary>
internal static class TemplatePrint
{
    /// <summary>The template's font: Arial is on every Windows and Mac, and LibreOffice has a metric-compatible one (Liberation Sans), so a page holds the same text everywhere.</summary>
    public const string FontName = "Arial";

    public const double FontSize = 10;

    /// <summary>Points per line of 10-point Arial, with the cell's padding.</summary>
    private const double LineHeight = 13;

    /// <summary>Characters of French text per unit of column width, rounded down: a line estimated too short only leaves a little blank.</summary>
    private const double CharactersPerWidthUnit = 1.05;

    /// <summary>The report's page setup (<see cref="ReportStyles.PrintSetup"/>) with the template's title and the sheet's name as page header.</summary>
    public static void Setup(IXLWorksheet sheet, XLPageOrientation orientation, string title, int? repeatedHeaderRow) =>
        ReportStyles.PrintSetup(sheet, Escape(title + " — " + sheet.Name), repeatedHeaderRow, orientation);

    /// <summary>Lines <paramref name="text"/> takes in a wrapped column <paramref name="width"/> wide (Excel's width units).</summary>
    public static int Lines(string text, double width, double fontSize = FontSize)
    {
        var perLine = Math.Max(1, (int)(width * CharactersPerWidthUnit * FontSize / fontSize));
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            // Greedy word wrap, as the spreadsheet does; a word longer than the line breaks inside it.
            var used = 0;
            var paragraphLines = 1;
            foreach (var word in paragraph.Split(' '))
            {
                var needed = used == 0 ? word.Length : used + 1 + word.Length;
                if (needed <= perLine)
                {
                    used = needed;
                    continue;
                }

                paragraphLines += used == 0 ? 0 : 1;
                paragraphLines += (word.Length - 1) / perLine;
                used = word.Length % perLine == 0 ? perLine : word.Length % perLine;
            }

            lines += paragraphLines;
        }

        return lines;
    }

    /// <summary>The height in points of a row whose tallest wrapped cell takes <paramref name="lines"/> lines.</summary>
    public static double Height(int lines, double fontSize = FontSize) => Math.Ceiling(lines * LineHeight * fontSize / FontSize) + 3;

    /// <summary>Escapes <c>&amp;</c>, which starts a code in a page header.</summary>
    private static string Escape(string text) => text.Replace("&", "&&", StringComparison.Ordinal);
}
