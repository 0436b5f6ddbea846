using ClosedXML.Excel;

namespace FederationFunctions.Core.Templates;

/// <summary>
/// How the template's sheets print: A4, one page wide (as many pages tall as needed), the header row repeated on every
/// page, narrow margins, the sheet's name and the structure in the page header and « Page n sur N » in the footer.
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

    public static void Setup(IXLWorksheet sheet, XLPageOrientation orientation, string title, int repeatedHeaderRows)
    {
        var page = sheet.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.PageOrientation = orientation;
        page.FitToPages(1, 0);
        page.Margins.Left = 0.5;
        page.Margins.Right = 0.5;
        page.Margins.Top = 0.75;
        page.Margins.Bottom = 0.75;
        page.Margins.Header = 0.3;
        page.Margins.Footer = 0.3;
        page.CenterHorizontally = false;
        if (repeatedHeaderRows > 0)
        {
            page.SetRowsToRepeatAtTop(1, repeatedHeaderRows);
        }

        page.Header.Left.AddText(Escape(title), XLHFOccurrence.AllPages);
        page.Header.Right.AddText(XLHFPredefinedText.SheetName, XLHFOccurrence.AllPages);
        page.Footer.Center.AddText("Page ", XLHFOccurrence.AllPages);
        page.Footer.Center.AddText(XLHFPredefinedText.PageNumber, XLHFOccurrence.AllPages);
        page.Footer.Center.AddText(" sur ", XLHFOccurrence.AllPages);
        page.Footer.Center.AddText(XLHFPredefinedText.NumberOfPages, XLHFOccurrence.AllPages);
    }

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
