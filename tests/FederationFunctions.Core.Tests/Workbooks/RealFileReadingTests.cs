using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Tests.Workbooks;

/// <summary>Files written by other producers: the shared samples (openpyxl, LibreOffice) and files made with LibreOffice (TestData/libreoffice/README.md).</summary>
public class RealFileReadingTests
{
    private static byte[] TestFile(string folder, string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", folder, name));

    [Fact]
    public async Task SampleCentrePropre_Reads()
    {
        var workbook = await WorkbookReading.ReadSuccessfullyAsync(TestFile("samples", "centre-propre.xlsx"));

        Assert.Equal(["Structure", "Rencontres", "Formations", "Dispositifs"], workbook.Sheets.Select(s => s.Name));
        Assert.Equal(CellValue.FromText("Code structure"), workbook.Cell("Structure", 1, 0));
        Assert.Equal(CellValue.FromText("59-CAM-001"), workbook.Cell("Structure", 1, 1));
        Assert.Equal(CellValue.FromNumber(2023), workbook.Cell("Structure", 2, 1));
        Assert.Equal(8.19, workbook.Cell("Structure", 5, 1).Number);
        Assert.Equal([CellValue.FromText("Familles adhérentes")], workbook.Sheet("Structure").Row(8).Cells);
    }

    [Fact]
    public async Task SampleCentreFaitMain_KeepsTextAsTyped()
    {
        var workbook = await WorkbookReading.ReadSuccessfullyAsync(TestFile("samples", "centre-fait-main.xlsx"));

        Assert.Equal(CellValue.FromText("Fiche d'identité – remontée 2023"), workbook.Cell("Structure", 1, 0));
        Assert.Equal(CellValue.FromText(" 59-dou-008 "), workbook.Cell("Structure", 3, 1));
        Assert.Equal(8.359999999999999, workbook.Cell("Structure", 7, 1).Number);
        Assert.Equal(CellValue.FromText("11\u202F900,00 €"), workbook.Cell("Dispositifs", 2, 3));
        Assert.Equal(CellValue.FromText("Commentaires"), workbook.Cell("Dispositifs", 1, 7));
    }

    [Fact]
    public async Task SampleCentreLibreOffice_ReadsSharedStringsDatesAndAllSheets()
    {
        var workbook = await WorkbookReading.ReadSuccessfullyAsync(TestFile("samples", "centre-libreoffice.xlsx"));

        Assert.Equal(["Structure", "Rencontres", "Formations", "Dispositifs", "Calculs"], workbook.Sheets.Select(s => s.Name));
        Assert.Equal(CellValue.FromText("Code événement"), workbook.Cell("Rencontres", 1, 0));
        Assert.Equal(CellValue.FromNumber(45022, isDateFormatted: true), workbook.Cell("Rencontres", 2, 1));
        Assert.Equal(CellValue.FromText("Assemblée territoriale"), workbook.Cell("Rencontres", 2, 2));
        Assert.Equal(CellValue.FromNumber(45058, isDateFormatted: true), workbook.Cell("Rencontres", 3, 1));
        Assert.Equal(CellValue.FromText("CONGRES-2023"), workbook.Cell("Rencontres", 3, 0));
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("en-US")]
    public Task LibreOfficeCentreWorkbook_ReadsFormulaValuesDatesAndMergedTitles(string culture) => WorkbookReading.UnderCultureAsync(culture, async () =>
    {
        var workbook = await WorkbookReading.ReadSuccessfullyAsync(TestFile("libreoffice", "lo-centre-formules.xlsx"));

        Assert.Equal(["Structure", "Rencontres", "Dispositifs"], workbook.Sheets.Select(s => s.Name));
        var structure = workbook.Sheet("Structure");
        Assert.Equal(["A1:C1"], structure.MergedRanges);
        Assert.Equal([CellValue.FromText("Remontée annuelle d'activité 2023")], structure.Row(1).Cells);
        Assert.Equal(CellValue.FromText("59-LIL-001"), structure.Row(3)[1]);
        Assert.Equal(CellValue.FromNumber(2023), structure.Row(4)[1]);
        Assert.Equal(CellValue.FromNumber(10.05), structure.Row(7)[1]);
        Assert.Equal(CellValue.FromNumber(210), structure.Row(10)[1]);

        var rencontres = workbook.Sheet("Rencontres");
        Assert.Equal(["A1:F1"], rencontres.MergedRanges);
        Assert.Equal([1, 3, 4, 5, 6], rencontres.Rows.Select(r => r.RowNumber));
        Assert.Equal(CellValue.FromText("Code événement"), rencontres.Row(3)[0]);
        Assert.Equal(CellValue.FromNumber(44999, isDateFormatted: true), rencontres.Row(4)[1]);
        Assert.Equal(CellValue.Blank, rencontres.Row(5)[0]);
        Assert.Equal(CellValue.FromNumber(45097, isDateFormatted: true), rencontres.Row(5)[1]);
        Assert.Equal(CellValue.FromText("X"), rencontres.Row(5)[5]);
        Assert.Equal(CellValue.FromNumber(45248, isDateFormatted: true), rencontres.Row(6)[1]);
        Assert.Equal(CellValue.FromNumber(2), rencontres.Row(6)[3]);

        var dispositifs = workbook.Sheet("Dispositifs");
        Assert.Equal(CellValue.FromText("Santé – nutrition"), dispositifs.Row(2)[0]);
        Assert.Equal(CellValue.FromNumber(3600), dispositifs.Row(2)[3]);
        Assert.Equal(CellValue.FromNumber(2500.5), dispositifs.Row(3)[3]);
        Assert.Equal(CellValue.FromText("Total"), dispositifs.Row(4)[0]);
        Assert.Equal(CellValue.FromNumber(6100.5), dispositifs.Row(4)[3]);
    });

    [Fact]
    public async Task LibreOfficeReferenceWorkbook_ReadsEverySheet()
    {
        var workbook = await WorkbookReading.ReadSuccessfullyAsync(TestFile("libreoffice", "lo-reference-2023.xlsx"));

        Assert.Equal(["Paramètres", "Territoires", "Structures", "Calendrier", "Catalogue"], workbook.Sheets.Select(s => s.Name));
        Assert.Equal([CellValue.FromText("Année"), CellValue.FromNumber(2023)], workbook.Sheet("Paramètres").Row(1).Cells);
        Assert.Equal(CellValue.FromNumber(150000), workbook.Cell("Paramètres", 2, 1));
        Assert.Equal(CellValue.FromText("Pas-de-Calais"), workbook.Cell("Territoires", 3, 2));
        Assert.Equal(
            [CellValue.FromText("62-ART-002"), CellValue.FromText("EVS du Bassin"), CellValue.FromText("Lens"), CellValue.FromNumber(62),
             CellValue.FromText("ART"), CellValue.FromText("EVS"), CellValue.FromText("Municipal"), CellValue.FromText("Non")],
            workbook.Sheet("Structures").Row(3).Cells);
        Assert.Equal(CellValue.FromNumber(45248, isDateFormatted: true), workbook.Cell("Calendrier", 3, 1));
        Assert.Equal(CellValue.Blank, workbook.Cell("Calendrier", 3, 3));
        Assert.Equal(CellValue.FromNumber(6), workbook.Cell("Catalogue", 3, 5));
        Assert.Equal(CellValue.FromNumber(2500.5), workbook.Cell("Catalogue", 3, 6));
        Assert.Equal(CellValue.FromNumber(0), workbook.Cell("Catalogue", 3, 7));
    }

    [Fact]
    public async Task LibreOfficeCsvConversion_ReadsIsoDatesAsDates()
    {
        var workbook = await WorkbookReading.ReadSuccessfullyAsync(TestFile("libreoffice", "lo-formations-csv.xlsx"));

        var sheet = Assert.Single(workbook.Sheets);
        Assert.Equal(CellValue.FromText("Code action"), sheet.Row(1)[0]);
        Assert.Equal(
            [CellValue.FromText("F-ACC-01"), CellValue.FromText("Accueil des bénévoles"), CellValue.FromNumber(45058, isDateFormatted: true), CellValue.FromNumber(0), CellValue.FromNumber(6)],
            sheet.Row(2).Cells);
    }
}
