using ClosedXML.Excel;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Templates;
using FederationFunctions.Core.Validation;
using FederationFunctions.Core.Validation.Vocabularies;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Tests.Templates;

/// <summary>The template's « Calendrier » sheet: the year's events, the structure's territory first, and the event-code dropdown on it.</summary>
public class CentreTemplateCalendarTests
{
    private static ReferenceWorkbook Reference => TemplateFixtures.Reference;

    private static MemberStructure Member => TemplateFixtures.Member;

    private static List<IXLRangeRow> EventRows(IXLWorksheet sheet) =>
        sheet.Range(2, 1, sheet.LastRowUsed()!.RowNumber(), 5).Rows().ToList();

    [Fact]
    public void EventCodeDropdown_PointsAtTheCodeColumnOfTheCalendrierSheet()
    {
        using var book = TemplateFixtures.Template();
        var meetings = book.Worksheet("Rencontres");

        foreach (var cell in new[] { "A2", "A300", "A501" })
        {
            var validation = meetings.Cell(cell).DataValidation;
            Assert.Equal(XLAllowedValues.List, validation.AllowedValues);
            Assert.Equal(
                $"Calendrier!$A$2:$A${Reference.Calendar.Count + 1}",
                validation.Value.TrimStart('=').Replace("'", string.Empty, StringComparison.Ordinal));
            Assert.Contains("Calendrier", validation.InputMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CalendrierSheet_ShowsEveryEventsCodeDateTypeLabelTitleAndTerritory()
    {
        using var book = TemplateFixtures.Template();
        var sheet = book.Worksheet("Calendrier");

        Assert.Equal(
            ["Code événement", "Date", "Type de rencontre", "Intitulé", "Territoire"],
            sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToArray());
        var rows = EventRows(sheet);
        Assert.Equal(Reference.Calendar.Count, rows.Count);
        var territories = Reference.Territories.ToDictionary(t => t.Code, t => t.Name, StringComparer.Ordinal);
        foreach (var calendarEvent in Reference.Calendar)
        {
            var row = Assert.Single(rows, r => r.Cell(1).GetString() == calendarEvent.EventCode);
            Assert.Equal(calendarEvent.Date.ToDateTime(TimeOnly.MinValue), row.Cell(2).GetDateTime());
            Assert.Equal("dd/mm/yyyy", row.Cell(2).Style.NumberFormat.Format);
            Assert.Equal(EventTypes.Vocabulary.LabelOf(calendarEvent.Type), row.Cell(3).GetString());
            Assert.Equal(calendarEvent.Title ?? string.Empty, row.Cell(4).GetString());
            Assert.Equal(
                calendarEvent.TerritoryCode is { } code ? $"{territories[code]} ({code})" : "Toute la fédération",
                row.Cell(5).GetString());
        }
    }

    [Fact]
    public void CalendrierSheet_ListsTheStructuresTerritoryFirstThenFederationWideThenOthers_EachByDate()
    {
        using var book = TemplateFixtures.Template();
        var rows = EventRows(book.Worksheet("Calendrier"));
        var byCode = Reference.Calendar.ToDictionary(e => e.EventCode, StringComparer.Ordinal);
        var listed = rows.Select(r => byCode[r.Cell(1).GetString()]).ToList();

        static int Group(CalendarEvent e) => e.TerritoryCode == Member.TerritoryCode ? 0 : e.TerritoryCode is null ? 1 : 2;
        var expected = Reference.Calendar
            .OrderBy(Group)
            .ThenBy(e => e.Date)
            .ThenBy(e => e.TerritoryCode, StringComparer.Ordinal)
            .ThenBy(e => e.EventCode, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, listed);
        Assert.Equal(Member.TerritoryCode, listed[0].TerritoryCode);
        Assert.Contains(listed, e => e.TerritoryCode is null);
        Assert.Contains(listed, e => e.TerritoryCode is not null && e.TerritoryCode != Member.TerritoryCode);
    }

    [Fact]
    public void CalendrierSheet_IsReferenceOnly_ProtectedFilterableAndAfterTheDataSheets()
    {
        using var book = TemplateFixtures.Template();
        var sheet = book.Worksheet("Calendrier");

        Assert.Equal(["Lisez-moi", "Structure", "Rencontres", "Formations", "Dispositifs", "Calendrier", "Listes"], book.Worksheets.Select(s => s.Name).ToArray());
        Assert.Equal(XLWorksheetVisibility.Visible, sheet.Visibility);
        Assert.True(sheet.Protection.IsProtected);
        Assert.True(sheet.Protection.AllowedElements.HasFlag(XLSheetProtectionElements.AutoFilter));
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.True(sheet.Cell("A2").Style.Protection.Locked);
        Assert.DoesNotContain(book.Worksheet("Listes").Row(1).CellsUsed(), c => c.GetString() == "Codes événement");
    }

    /// <summary>The round trip: a centre picks an event from the Calendrier sheet; the workbook, with its extra sheets, is accepted clean and the meeting links to that event.</summary>
    [Fact]
    public async Task TemplateFilledFromTheCalendrierSheet_IsAcceptedCleanAndLinksToTheEvent()
    {
        using var book = TemplateFixtures.Template();
        var calendar = book.Worksheet("Calendrier");
        var structure = book.Worksheet("Structure");
        structure.Cell("B4").SetValue(3);
        structure.Cell("B5").SetValue(2.5);
        structure.Cell("B6").SetValue(10);
        structure.Cell("B7").SetValue(6);
        var meetings = book.Worksheet("Rencontres");
        meetings.Cell("A2").SetValue(calendar.Cell("A2").GetString());
        meetings.Cell("B2").SetValue(calendar.Cell("B2").GetDateTime());
        meetings.Cell("C2").SetValue(calendar.Cell("C2").GetString());
        meetings.Cell("D2").SetValue(1);
        meetings.Cell("E2").SetValue(2);
        using var filled = new MemoryStream();
        book.SaveAs(filled);
        filled.Position = 0;

        var result = await new WorkbookChecker(new XlsxWorkbookReader(), references: YearReferenceSources.Always(Reference))
            .CheckCentreWorkbookAsync(filled, "remontee.xlsx", Member.Code, CancellationToken.None);

        Assert.Equal(UploadOutcome.Acceptee, result.Outcome);
        Assert.Empty(result.Issues);
        var meeting = Assert.Single(result.Workbook!.Meetings);
        Assert.Equal(calendar.Cell("A2").GetString(), meeting.EventCode);
        Assert.Equal(Member.TerritoryCode, Reference.Calendar.Single(e => e.EventCode == meeting.EventCode).TerritoryCode);
    }
}
