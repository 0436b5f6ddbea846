using ClosedXML.Excel;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Tests.Workbooks;

/// <summary>Workbooks written by ClosedXML (the federation's templates), read back.</summary>
public class ClosedXmlReadingTests
{
    [Fact]
    public async Task TypicalCentreWorkbook_ReadsEveryKindOfCell()
    {
        var bytes = ClosedXmlWorkbooks.Build(workbook =>
        {
            var structure = workbook.Worksheets.Add("Structure");
            structure.Cell("A1").Value = "Remontée annuelle 2023";
            structure.Range("A1:C1").Merge();
            structure.Cell("A3").Value = "Code structure";
            structure.Cell("B3").Value = "59-LIL-001";
            structure.Cell("A4").Value = "Salariés (ETP)";
            structure.Cell("B4").Value = 10.05;
            structure.Cell("A5").Value = "Année";
            structure.Cell("B5").Value = 2023;
            var rencontres = workbook.Worksheets.Add("Rencontres");
            rencontres.Cell("A1").Value = "Date";
            rencontres.Cell("B1").Value = "Direction présente";
            rencontres.Cell("A2").Value = new DateTime(2023, 5, 12, 0, 0, 0, DateTimeKind.Unspecified);
            rencontres.Cell("B2").Value = true;
            rencontres.Cell("C2").Value = "  ";
            rencontres.Cell("D2").Value = 1234567.891;
        });

        var workbook = await WorkbookReading.ReadSuccessfullyAsync(bytes);

        Assert.Equal(["Structure", "Rencontres"], workbook.Sheets.Select(s => s.Name));
        var structure = workbook.Sheet("Structure");
        Assert.Equal([1, 3, 4, 5], structure.Rows.Select(r => r.RowNumber));
        Assert.Equal(["A1:C1"], structure.MergedRanges);
        Assert.Equal(CellValue.FromText("Remontée annuelle 2023"), structure.Row(1)[0]);
        Assert.Equal(CellValue.FromText("59-LIL-001"), structure.Row(3)[1]);
        Assert.Equal(CellValue.FromNumber(10.05), structure.Row(4)[1]);
        Assert.Equal(CellValue.FromNumber(2023), structure.Row(5)[1]);
        var date = workbook.Cell("Rencontres", 2, 0);
        Assert.Equal(CellValue.FromNumber(45058, isDateFormatted: true), date);
        Assert.Equal(CellValue.FromBoolean(true), workbook.Cell("Rencontres", 2, 1));
        Assert.Equal(CellValue.FromNumber(1234567.891), workbook.Cell("Rencontres", 2, 3));
    }

    [Fact]
    public async Task AccentedAndSpacedSheetNames_AreKeptAsWritten()
    {
        var bytes = ClosedXmlWorkbooks.Build(workbook =>
        {
            workbook.Worksheets.Add("Identité").Cell("A1").Value = "x";
            workbook.Worksheets.Add("Vie fédérale ").Cell("A1").Value = "y";
        });

        var workbook = await WorkbookReading.ReadSuccessfullyAsync(bytes);

        Assert.Equal(["Identité", "Vie fédérale "], workbook.Sheets.Select(s => s.Name));
    }

    [Fact]
    public async Task HiddenSheetAndColumnWidths_DoNotChangeTheCells()
    {
        var bytes = ClosedXmlWorkbooks.Build(workbook =>
        {
            var lists = workbook.Worksheets.Add("Listes");
            lists.Cell("A1").Value = "Oui";
            lists.Cell("A2").Value = "Non";
            lists.Column(1).Width = 30;
            lists.Hide();
            var formations = workbook.Worksheets.Add("Formations");
            formations.Cell("B2").Value = "F-ACC-01";
            formations.Cell("B2").Style.Fill.BackgroundColor = XLColor.Yellow;
            formations.Cell("C2").Comment.AddText("à vérifier");
        });

        var workbook = await WorkbookReading.ReadSuccessfullyAsync(bytes);

        Assert.Equal([CellValue.FromText("Oui")], workbook.Sheet("Listes").Row(1).Cells);
        Assert.Equal([CellValue.Blank, CellValue.FromText("F-ACC-01")], workbook.Sheet("Formations").Row(2).Cells);
    }
}
