using ClosedXML.Excel;

namespace FederationFunctions.Core.Reports.Excel;

/// <summary>The look shared by every report sheet.</summary>
internal static class ReportStyles
{
    public static readonly XLColor Accent = XLColor.FromHtml("#1F4E78");
    public static readonly XLColor HeadingFill = XLColor.FromHtml("#DDEBF7");
    public static readonly XLColor TotalFill = XLColor.FromHtml("#F2F2F2");
    public static readonly XLColor GridLine = XLColor.FromHtml("#BFBFBF");
    public static readonly XLColor Muted = XLColor.FromHtml("#595959");
    public static readonly XLColor Good = XLColor.FromHtml("#E2EFDA");
    public static readonly XLColor Warning = XLColor.FromHtml("#FFF2CC");
    public static readonly XLColor Bad = XLColor.FromHtml("#F8CBAD");
    public static readonly XLColor Neutral = XLColor.FromHtml("#EDEDED");

    public static void Title(IXLCell cell)
    {
        cell.Style.Font.Bold = true;
        cell.Style.Font.FontSize = 14;
        cell.Style.Font.FontColor = Accent;
    }

    public static void Subtitle(IXLCell cell)
    {
        cell.Style.Font.Italic = true;
        cell.Style.Font.FontColor = Muted;
    }

    public static void Section(IXLCell cell)
    {
        cell.Style.Font.Bold = true;
        cell.Style.Font.FontSize = 12;
        cell.Style.Font.FontColor = Accent;
    }

    public static void Header(IXLRange range)
    {
        range.Style.Font.Bold = true;
        range.Style.Font.FontColor = XLColor.White;
        range.Style.Fill.BackgroundColor = Accent;
        range.Style.Alignment.WrapText = true;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.OutsideBorderColor = GridLine;
        range.Style.Border.InsideBorderColor = GridLine;
    }

    public static void Body(IXLRange range)
    {
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.OutsideBorderColor = GridLine;
        range.Style.Border.InsideBorderColor = GridLine;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
    }

    public static void Emphasis(IXLRange row, RowEmphasis emphasis)
    {
        switch (emphasis)
        {
            case RowEmphasis.Heading:
                row.Style.Font.Bold = true;
                row.Style.Fill.BackgroundColor = HeadingFill;
                break;
            case RowEmphasis.Total:
                row.Style.Font.Bold = true;
                row.Style.Fill.BackgroundColor = TotalFill;
                row.Style.Border.TopBorder = XLBorderStyleValues.Thin;
                row.Style.Border.TopBorderColor = XLColor.Black;
                break;
            case RowEmphasis.Normal:
                break;
        }
    }

    /// <summary>A4 (landscape unless told otherwise), one page wide, header row repeated, page numbers in the footer.</summary>
    public static void PrintSetup(IXLWorksheet sheet, string pageHeader, int? repeatedHeaderRow, XLPageOrientation orientation = XLPageOrientation.Landscape)
    {
        var setup = sheet.PageSetup;
        setup.PageOrientation = orientation;
        setup.PaperSize = XLPaperSize.A4Paper;
        setup.FitToPages(1, 0);
        setup.Margins.Left = 0.4;
        setup.Margins.Right = 0.4;
        setup.Margins.Top = 0.6;
        setup.Margins.Bottom = 0.6;
        setup.Margins.Header = 0.3;
        setup.Margins.Footer = 0.3;
        setup.CenterHorizontally = true;
        if (repeatedHeaderRow is { } row)
        {
            setup.SetRowsToRepeatAtTop(row, row);
        }

        setup.Header.Center.AddText(pageHeader, XLHFOccurrence.AllPages);
        setup.Footer.Right.AddText("Page ", XLHFOccurrence.AllPages);
        setup.Footer.Right.AddText(XLHFPredefinedText.PageNumber, XLHFOccurrence.AllPages);
        setup.Footer.Right.AddText(" / ", XLHFOccurrence.AllPages);
        setup.Footer.Right.AddText(XLHFPredefinedText.NumberOfPages, XLHFOccurrence.AllPages);
    }
}
