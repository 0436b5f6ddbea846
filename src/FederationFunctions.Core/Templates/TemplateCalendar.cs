using ClosedXML.Excel;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation.Vocabularies;

namespace FederationFunctions.Core.Templates;

/// <summary>
/// The template's « Calendrier » sheet: the year's events from the reference (code, date, type, title, territory), for the
/// centre to read; the <c>Rencontres</c> event-code dropdown lists its code column. Order: the structure's own territory's
/// events, then the federation-wide ones (every member is invited), then the other territories'; each group by date. The
/// sheet is protected without a password (reference only: filtering stays allowed), like the Structure sheet. The
/// validation ignores it (a centre workbook's other sheets are not read).
/// </summary>
internal static class TemplateCalendar
{
    public const string SheetName = "Calendrier";

    private const string FederationWide = "Toute la fédération";
    private static readonly string[] Headers = ["Code événement", "Date", "Type de rencontre", "Intitulé", "Territoire"];
    private static readonly double[] Widths = [16, 12, 24, 46, 28];

    /// <summary>The events in the order the sheet lists them.</summary>
    public static IReadOnlyList<CalendarEvent> Ordered(ReferenceWorkbook reference, MemberStructure structure) =>
        reference.Calendar
            .OrderBy(e => e.TerritoryCode == structure.TerritoryCode ? 0 : e.TerritoryCode is null ? 1 : 2)
            .ThenBy(e => e.Date)
            .ThenBy(e => e.TerritoryCode, StringComparer.Ordinal)
            .ThenBy(e => e.EventCode, StringComparer.Ordinal)
            .ToList();

    /// <summary>Writes the sheet; returns the range of the event codes (the dropdown's list).</summary>
    public static IXLRange Write(IXLWorksheet sheet, ReferenceWorkbook reference, MemberStructure structure, XLColor headerFill, XLColor ownTerritoryFill, string printTitle)
    {
        var territories = reference.Territories.ToDictionary(t => t.Code, t => t.Name, StringComparer.Ordinal);
        for (var c = 0; c < Headers.Length; c++)
        {
            var header = sheet.Cell(1, c + 1);
            header.SetValue(Headers[c]);
            header.Style.Font.Bold = true;
            header.Style.Font.FontColor = XLColor.White;
            header.Style.Fill.BackgroundColor = headerFill;
            header.Style.Alignment.WrapText = true;
            header.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            sheet.Column(c + 1).Width = Widths[c];
        }

        sheet.Row(1).Height = TemplatePrint.Height(1);
        var events = Ordered(reference, structure);
        var row = 1;
        foreach (var calendarEvent in events)
        {
            row++;
            var territory = calendarEvent.TerritoryCode is { } code
                ? (territories.TryGetValue(code, out var name) ? $"{name} ({code})" : code)
                : FederationWide;
            string[] texts =
            [
                calendarEvent.EventCode, string.Empty, EventTypes.Vocabulary.LabelOf(calendarEvent.Type), calendarEvent.Title ?? string.Empty, territory,
            ];
            for (var c = 0; c < texts.Length; c++)
            {
                if (c != 1)
                {
                    sheet.Cell(row, c + 1).SetValue(texts[c]);
                }
            }

            var date = sheet.Cell(row, 2);
            date.SetValue(calendarEvent.Date.ToDateTime(TimeOnly.MinValue));
            date.Style.NumberFormat.Format = "dd/mm/yyyy";
            date.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
            var lines = texts.Select((t, c) => TemplatePrint.Lines(t, Widths[c])).Max();
            sheet.Row(row).Height = TemplatePrint.Height(lines);
            if (calendarEvent.TerritoryCode == structure.TerritoryCode)
            {
                sheet.Range(row, 1, row, Headers.Length).Style.Fill.BackgroundColor = ownTerritoryFill;
            }
        }

        var table = sheet.Range(1, 1, Math.Max(row, 2), Headers.Length);
        table.Style.Alignment.WrapText = true;
        table.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        table.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.InsideBorderColor = XLColor.FromArgb(0xBF, 0xBF, 0xBF);
        table.Style.Border.OutsideBorderColor = XLColor.FromArgb(0xBF, 0xBF, 0xBF);
        sheet.Range(1, 1, row, Headers.Length).SetAutoFilter();
        sheet.SheetView.FreezeRows(1);
        sheet.SetTabColor(XLColor.FromArgb(0xA6, 0xA6, 0xA6));
        sheet.Protect()
            .AllowElement(XLSheetProtectionElements.SelectEverything, true)
            .AllowElement(XLSheetProtectionElements.AutoFilter, true)
            .AllowElement(XLSheetProtectionElements.FormatColumns, true)
            .AllowElement(XLSheetProtectionElements.FormatRows, true);
        TemplatePrint.Setup(sheet, XLPageOrientation.Landscape, printTitle, 1);
        return sheet.Range(2, 1, Math.Max(row, 2), 1);
    }
}
