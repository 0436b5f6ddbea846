using System.Text;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Tests.Workbooks;

/// <summary>Reading only the sheets a caller reads: the others are listed by name without rows, and still count for the row limit.</summary>
public class SheetSelectionReadingTests
{
    private static readonly string OneRow = RawPackageBuilder.Worksheet("<row r=\"1\"><c r=\"A1\"><v>7</v></c></row><mergeCells><mergeCell ref=\"A1:B1\"/></mergeCells>");

    [Fact]
    public async Task SheetsNotRead_AreListedByNameWithoutRowsOrMergedRanges()
    {
        var bytes = RawPackageBuilder.Workbook([("Notes", OneRow), ("Rencontres", OneRow)]).Build();

        var result = await new XlsxWorkbookReader().ReadAsync(new MemoryStream(bytes), "remontee.xlsx", name => name == "Rencontres", CancellationToken.None);

        Assert.True(result.Succeeded, result.Refusal?.Message);
        Assert.Equal(["Notes", "Rencontres"], result.Workbook.Sheets.Select(s => s.Name));
        Assert.Empty(result.Workbook.Sheet("Notes").Rows);
        Assert.Empty(result.Workbook.Sheet("Notes").MergedRanges);
        Assert.Equal(CellValue.FromNumber(7), result.Workbook.Cell("Rencontres", 1, 0));
        Assert.Equal(["A1:B1"], result.Workbook.Sheet("Rencontres").MergedRanges);
    }

    [Fact]
    public async Task SheetNotRead_PastTheRowLimit_IsStillRefused()
    {
        var rows = new StringBuilder();
        for (var row = 1; row <= 5_011; row++)
        {
            rows.Append("<row r=\"").Append(row).Append("\"><c r=\"A").Append(row).Append("\"><v>1</v></c></row>");
        }

        var bytes = RawPackageBuilder.Workbook([("Rencontres", OneRow), ("Notes", RawPackageBuilder.Worksheet(rows.ToString()))]).Build();

        var result = await new XlsxWorkbookReader().ReadAsync(new MemoryStream(bytes), "remontee.xlsx", name => name == "Rencontres", CancellationToken.None);

        Assert.Equal(FileRefusalReason.TooManyRows, result.Refusal?.Reason);
        Assert.Equal("Notes", result.Refusal?.Sheet);
    }

    [Fact]
    public async Task Selection_IsAskedForWorksheetsOnly()
    {
        var dialog = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><dialogsheet xmlns=\"{RawPackageBuilder.MainNamespace}\"><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData></dialogsheet>";
        var bytes = RawPackageBuilder.Workbook([("Rencontres", dialog), ("Rencontres", OneRow)]).Build();
        var asked = 0;

        // The first sheet of each name only, as the checker reads: a dialog sheet of that name must not take the worksheet's place.
        var result = await new XlsxWorkbookReader().ReadAsync(new MemoryStream(bytes), "remontee.xlsx", _ => ++asked == 1, CancellationToken.None);

        Assert.True(result.Succeeded, result.Refusal?.Message);
        Assert.Equal(1, asked);
        Assert.Equal(CellValue.FromNumber(7), Assert.Single(result.Workbook.Sheets).Rows[0][0]);
    }

    [Fact]
    public async Task EverySheetRead_WhenNoSelectionIsGiven()
    {
        var bytes = RawPackageBuilder.Workbook([("Notes", OneRow), ("Rencontres", OneRow)]).Build();

        var result = await new XlsxWorkbookReader().ReadAsync(new MemoryStream(bytes), "remontee.xlsx", readsSheet: null, CancellationToken.None);

        Assert.True(result.Succeeded, result.Refusal?.Message);
        Assert.Equal(CellValue.FromNumber(7), result.Workbook.Cell("Notes", 1, 0));
        Assert.Equal(CellValue.FromNumber(7), result.Workbook.Cell("Rencontres", 1, 0));
    }
}
