using ClosedXML.Excel;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Templates;
using FederationFunctions.Core.Validation;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Tests.Templates;

public class CentreTemplateWriterTests
{
    private static ReferenceWorkbook Reference => TemplateFixtures.Reference;

    private static MemberStructure Member => TemplateFixtures.Member;

    [Fact]
    public async Task TemplateFilledWithValidValues_IsAcceptedWithoutAnyWarning()
    {
        using var book = TemplateFixtures.Template();
        var structure = book.Worksheet("Structure");
        structure.Cell("B4").SetValue(12);
        structure.Cell("B5").SetValue(9.5);
        structure.Cell("B6").SetValue(40);
        structure.Cell("B7").SetValue(11);
        structure.Cell("B8").SetValue(250);
        var atEvent = Reference.Calendar.First(e => e.TerritoryCode == Member.TerritoryCode && e.Type == EventType.AT);
        var meetings = book.Worksheet("Rencontres");
        meetings.Cell("A2").SetValue(atEvent.EventCode);
        meetings.Cell("B2").SetValue(atEvent.Date.ToDateTime(TimeOnly.MinValue));
        meetings.Cell("C2").SetValue("Assemblée territoriale");
        meetings.Cell("D2").SetValue(2);
        meetings.Cell("E2").SetValue(3);
        meetings.Cell("F2").SetValue("Oui");
        var trainings = book.Worksheet("Formations");
        trainings.Cell("A2").SetValue(Reference.Catalogue[0].ActionCode);
        trainings.Cell("B2").SetValue(Reference.Catalogue[0].Title);
        trainings.Cell("C2").SetValue(new DateTime(2025, 3, 12, 0, 0, 0, DateTimeKind.Unspecified));
        trainings.Cell("D2").SetValue(0);
        trainings.Cell("E2").SetValue(4);
        var programmes = book.Worksheet("Dispositifs");
        programmes.Cell("A2").SetValue("Santé – nutrition");
        programmes.Cell("B2").SetValue("Ateliers cuisine");
        programmes.Cell("C2").SetValue("En cours");
        programmes.Cell("D2").SetValue(3600.5);
        programmes.Cell("E2").SetValue("ARS");
        programmes.Cell("F2").SetValue(45);
        programmes.Cell("G2").SetValue(12);
        using var filled = new MemoryStream();
        book.SaveAs(filled);
        filled.Position = 0;

        var result = await new WorkbookChecker(new XlsxWorkbookReader()).CheckCentreWorkbookAsync(filled, "remontee.xlsx", Member.Code, CancellationToken.None);

        Assert.Empty(result.Issues);
        Assert.Equal(UploadOutcome.Acceptee, result.Outcome);
        Assert.Equal(Member.Code, result.Workbook!.Structure.StructureCode);
        Assert.Equal(3600.5m, Assert.Single(result.Workbook.Programmes).AmountEur);
        Assert.Equal(ReferenceCrossCheck.Check(result.Workbook, Reference), []);
    }

    [Fact]
    public async Task BlankTemplate_IsRejectedOnlyForTheMissingStaffFigures()
    {
        using var stream = new MemoryStream();
        new CentreTemplateWriter().Write(Reference, Member, stream);
        stream.Position = 0;

        var result = await new WorkbookChecker(new XlsxWorkbookReader()).CheckCentreWorkbookAsync(stream, "vierge.xlsx", Member.Code, CancellationToken.None);

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        Assert.All(result.Issues, i => Assert.Equal("Structure", i.Sheet));
        Assert.Equal(4, result.ErrorCount);
    }

    [Fact]
    public void StructureSheet_IsPrefilledWithCodeYearAndNameAndLocksOnlyCodeAndYear()
    {
        using var book = TemplateFixtures.Template();
        var sheet = book.Worksheet("Structure");

        Assert.Equal("Code structure", sheet.Cell("A1").GetString());
        Assert.Equal(Member.Code, sheet.Cell("B1").GetString());
        Assert.Equal(2025, sheet.Cell("B2").GetValue<int>());
        Assert.Equal(Member.Name, sheet.Cell("B3").GetString());
        Assert.True(sheet.Protection.IsProtected);
        Assert.True(sheet.Cell("B1").Style.Protection.Locked);
        Assert.True(sheet.Cell("B2").Style.Protection.Locked);
        Assert.False(sheet.Cell("B3").Style.Protection.Locked);
        Assert.False(sheet.Cell("B4").Style.Protection.Locked);
    }

    [Fact]
    public void TableSheets_HaveCanonicalHeadersInputHelpAndDropdownsFromTheHiddenListsSheet()
    {
        using var book = TemplateFixtures.Template();

        Assert.Equal(["Lisez-moi", "Structure", "Rencontres", "Formations", "Dispositifs", "Calendrier", "Listes"], book.Worksheets.Select(s => s.Name).ToArray());
        Assert.Equal(XLWorksheetVisibility.Hidden, book.Worksheet("Listes").Visibility);
        var meetings = book.Worksheet("Rencontres");
        Assert.Equal(
            ["Code événement", "Date", "Type de rencontre", "Salariés présents", "Bénévoles présents", "Direction présente"],
            meetings.Row(1).CellsUsed().Select(c => c.GetString()).ToArray());
        var typeValidation = meetings.Cell("C2").DataValidation;
        Assert.Equal(XLAllowedValues.List, typeValidation.AllowedValues);
        Assert.Contains("Listes", typeValidation.Value, StringComparison.Ordinal);
        var codeValidation = book.Worksheet("Formations").Cell("A300").DataValidation;
        Assert.Equal(XLAllowedValues.List, codeValidation.AllowedValues);
        Assert.Contains("Listes", codeValidation.Value, StringComparison.Ordinal);
        Assert.Equal(XLAllowedValues.List, meetings.Cell("F2").DataValidation.AllowedValues);
        Assert.Equal(XLAllowedValues.WholeNumber, meetings.Cell("D2").DataValidation.AllowedValues);
        Assert.Equal(XLAllowedValues.Date, meetings.Cell("B2").DataValidation.AllowedValues);
        Assert.False(string.IsNullOrEmpty(meetings.Cell("D1").DataValidation.InputMessage));

        var lists = book.Worksheet("Listes");
        var actionCodes = lists.Column(1).CellsUsed().Skip(1).Select(c => c.GetString()).ToList();
        Assert.Equal(Reference.Catalogue.Select(a => a.ActionCode), actionCodes);
        var programmes = book.Worksheet("Dispositifs");
        Assert.Equal(XLAllowedValues.List, programmes.Cell("A2").DataValidation.AllowedValues);
        Assert.Equal(XLAllowedValues.Decimal, programmes.Cell("D2").DataValidation.AllowedValues);
    }

    [Fact]
    public void ReadMe_SaysWhatToFillTheDeadlineTheFormatVersionAndHowToSend()
    {
        using var book = TemplateFixtures.Template();
        var text = string.Join("\n", book.Worksheet("Lisez-moi").CellsUsed().Select(c => c.GetString()));

        Assert.Contains(Member.Code, text, StringComparison.Ordinal);
        Assert.Contains("31 mars 2026", text, StringComparison.Ordinal);
        Assert.Contains("v1", text, StringComparison.Ordinal);
        Assert.Contains("Comment l'envoyer", text, StringComparison.Ordinal);
        Assert.Contains("Contact", text, StringComparison.Ordinal);
    }
}
