using System.IO.Compression;
using System.Text;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Tests.Workbooks;
using FederationFunctions.Core.Validation;
using static FederationFunctions.Core.Tests.TestSupport.SpecWorkbooks;

namespace FederationFunctions.Core.Tests.Validation;

// Whole files (§ File): formats refused before reading, size and row limits, and files from other producers.
public partial class WorkbookCheckerTests
{
    private static async Task AssertRefusedAsync(byte[] bytes, string fileName, string code, string mention)
    {
        var result = await CheckCentreAsync(bytes, fileName);

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        Assert.Null(result.Workbook);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((Severity.Error, code, (string?)null, (int?)null), (issue.Severity, issue.Code, issue.Sheet, issue.Row));
        Assert.Contains(mention, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public Task LegacyXls_IsRefused_AskingForXlsx() =>
        AssertRefusedAsync(CompoundFileBuilder.Build("Workbook", "SummaryInformation"), "remontee.xls", "FILE_LEGACY_XLS", ".xlsx");

    [Fact]
    public Task LegacyXls_RenamedXlsx_IsRefused() =>
        AssertRefusedAsync(CompoundFileBuilder.Build("Workbook"), "remontee.xlsx", "FILE_LEGACY_XLS", ".xlsx");

    [Fact]
    public Task EncryptedWorkbook_IsRefused() =>
        AssertRefusedAsync(CompoundFileBuilder.Build("EncryptionInfo", "EncryptedPackage"), "remontee.xlsx", "FILE_ENCRYPTED", "mot de passe");

    [Fact]
    public Task OpenDocumentSpreadsheet_IsRefused() =>
        AssertRefusedAsync(
            new RawPackageBuilder()
                .Add("mimetype", "application/vnd.oasis.opendocument.spreadsheet", CompressionLevel.NoCompression)
                .Add("content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>")
                .Build(),
            "remontee.ods",
            "FILE_OPEN_DOCUMENT",
            ".xlsx");

    [Fact]
    public Task Csv_IsRefused() =>
        AssertRefusedAsync(
            Encoding.UTF8.GetBytes("Code structure;59-LIL-001\r\nAnnée;2023\r\nSalariés (personnes);12\r\nSalariés (ETP);7,5\r\n"),
            "remontee.csv",
            "FILE_CSV",
            ".xlsx");

    [Fact]
    public Task Pdf_IsRefusedAsNotAWorkbook() =>
        AssertRefusedAsync(Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF"), "remontee.xlsx", "FILE_NOT_A_WORKBOOK", "remontee.xlsx");

    [Fact]
    public Task WordDocument_IsRefusedAsNotAWorkbook() =>
        AssertRefusedAsync(
            new RawPackageBuilder()
                .Add("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
                .Add("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>")
                .Build(),
            "remontee.xlsx",
            "FILE_NOT_A_WORKBOOK",
            "remontee.xlsx");

    [Fact]
    public async Task FileOver10MB_IsRefused()
    {
        var package = Centre();
        var noise = new byte[10 * 1024 * 1024 + 1];
        new Random(7).NextBytes(noise);
        package.ExtraEntries.Add(("xl/media/image1.png", noise, CompressionLevel.NoCompression));

        await AssertRefusedAsync(package.Build(), "remontee.xlsx", "FILE_TOO_LARGE", "10");
    }

    [Fact]
    public async Task FileJustUnder10MB_IsAccepted()
    {
        var package = Centre();
        var noise = new byte[9 * 1024 * 1024];
        new Random(7).NextBytes(noise);
        package.ExtraEntries.Add(("xl/media/image1.png", noise, CompressionLevel.NoCompression));

        AssertAccepted(await CheckCentreAsync(package.Build(), "remontee.xlsx"));
    }

    private static SpecWorkbookPackage WithTrainingRows(int dataRows, int titleRows)
    {
        var package = Centre();
        var sheet = package["Formations"];
        sheet.Rows.RemoveRange(1, sheet.Rows.Count - 1);
        for (var i = 0; i < dataRows; i++)
        {
            sheet.Row("SAL-REF", null, null, 1, 0);
        }

        for (var i = 0; i < titleRows; i++)
        {
            sheet.InsertAbove(["Formations suivies en 2023"]);
        }

        return package;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    public async Task Exactly5000DataRows_IsAccepted(int titleRows)
    {
        var result = await CheckCentreAsync(WithTrainingRows(5000, titleRows));

        AssertAccepted(result);
        Assert.Equal(5000, result.Workbook!.Trainings.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    public async Task Over5000DataRows_IsRejected(int titleRows)
    {
        var result = await CheckCentreAsync(WithTrainingRows(5001, titleRows));

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        var issue = Assert.Single(result.Issues);
        Assert.Contains("5", issue.Message, StringComparison.Ordinal);
        Assert.Contains("Formations", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exactly5000DataRows_PlusATotalRow_IsAcceptedWithTheTotalWarning()
    {
        var package = WithTrainingRows(5000, 0);
        package["Formations"].Row("Total", null, null, RawCell.FormulaNumber("SUM(D2:D5001)", "5000"), 0);

        var result = await CheckCentreAsync(package);

        var warning = AssertSingle(result, Severity.Warning, "Formations", 5002, null);
        Assert.Equal("TOTAL_ROW_IGNORED", warning.Code);
        Assert.Equal(5000, result.Workbook!.Trainings.Count);
    }

    [Fact]
    public async Task FarOver5000DataRows_IsRefusedAsAFile()
    {
        var result = await CheckCentreAsync(WithTrainingRows(7000, 0));

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        var issue = Assert.Single(result.Issues);
        Assert.Equal("FILE_TOO_MANY_ROWS", issue.Code);
    }

    [Fact]
    public async Task Xlsm_WithMacros_IsAccepted()
    {
        var package = Centre();
        package.ExtraEntries.Add(("xl/vbaProject.bin", CompoundFileBuilder.Build("VBA", "PROJECT"), CompressionLevel.Fastest));

        const string MacroContentTypes =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.ms-excel.sheet.macroEnabled.main+xml\"/></Types>";
        var bytes = RawPackageBuilder.RewriteEntry(package.Build(), "[Content_Types].xml", _ => MacroContentTypes);

        var result = await CheckCentreAsync(bytes, "remontee.xlsm");

        AssertAccepted(result);
    }

    [Fact]
    public async Task ClosedXmlWorkbook_WithRealDateCellsAndSharedStrings_IsAccepted()
    {
        var bytes = ClosedXmlWorkbooks.Build(workbook =>
        {
            var lisezMoi = workbook.Worksheets.Add("Lisez-moi");
            lisezMoi.Cell("A1").Value = "Remplissez les quatre feuilles.";
            var structure = workbook.Worksheets.Add("Fiche structure");
            structure.Cell("A1").Value = "Remontée annuelle d'activité";
            object[][] form =
            [
                ["Code structure", "59-lil-001"], ["Année", 2023], ["Nom de la structure", "Centre social des Oliviers"],
                ["Salariés (personnes)", 12], ["Salariés (ETP)", 7.5], ["Bénévoles d'activité", 40],
                ["Administrateurs bénévoles", 8], ["Familles adhérentes", 300],
            ];
            for (var i = 0; i < form.Length; i++)
            {
                structure.Cell(i + 3, 1).Value = form[i][0];
                structure.Cell(i + 3, 2).Value = form[i][1];
            }

            var meetings = workbook.Worksheets.Add("Vie fédérale");
            meetings.Cell("A1").Value = "Rencontres fédérales et territoriales";
            meetings.Range("A1:F1").Merge();
            string[] headers = ["Code événement", "Date", "Type de rencontre", "Salariés présents", "Bénévoles présents", "Direction présente"];
            for (var c = 0; c < headers.Length; c++)
            {
                meetings.Cell(3, c + 1).Value = headers[c];
            }

            meetings.Cell(4, 1).Value = "AT-LIL-01";
            meetings.Cell(4, 2).Value = new DateTime(2023, 3, 15);
            meetings.Cell(4, 2).Style.DateFormat.Format = "dd/mm/yyyy";
            meetings.Cell(4, 3).Value = "AT";
            meetings.Cell(4, 4).Value = 2;
            meetings.Cell(4, 5).Value = 3;
            meetings.Cell(4, 6).Value = "X";
            meetings.Cell(6, 2).Value = new DateTime(2023, 11, 20);
            meetings.Cell(6, 3).Value = "CODIR";
            meetings.Cell(6, 4).Value = 1;
            meetings.Cell(6, 5).Value = 0;
            meetings.Cell(7, 1).Value = "Total";
            meetings.Cell(7, 4).FormulaA1 = "SUM(D4:D6)";
        });

        var result = await CheckCentreAsync(bytes, "remontee.xlsx");

        var warning = AssertSingle(result, Severity.Warning, "Vie fédérale", 7, null);
        Assert.Equal("TOTAL_ROW_IGNORED", warning.Code);
        Assert.Equal(Code, result.Workbook!.Structure.StructureCode);
        Assert.Equal(
            [
                new MeetingRow(4, "AT-LIL-01", new DateOnly(2023, 3, 15), EventType.AT, 2, 3, true),
                new MeetingRow(6, null, new DateOnly(2023, 11, 20), EventType.DIRECTIONS, 1, 0, false),
            ],
            result.Workbook.Meetings);
    }

    [Theory]
    [InlineData("centre-propre.xlsx", "59-CAM-001", UploadOutcome.Acceptee)]
    [InlineData("centre-fait-main.xlsx", "59-DOU-008", UploadOutcome.AccepteeAvecAvertissements)]
    [InlineData("centre-libreoffice.xlsx", "59-MLN-001", UploadOutcome.Acceptee)]
    public async Task SharedSample_IsAcceptedUnderFrenchAndEnglishCultures(string name, string code, UploadOutcome expected)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "samples", name));

        var result = await CheckCentreAsync(bytes, name, code);

        Assert.Equal(expected, result.Outcome);
        Assert.All(result.Issues, i => Assert.Equal(Severity.Warning, i.Severity));
        Assert.NotNull(result.Workbook);
    }
}
