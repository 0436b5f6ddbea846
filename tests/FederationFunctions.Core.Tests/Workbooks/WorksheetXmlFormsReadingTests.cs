using System.Globalization;
using System.Text;
using FederationFunctions.Core.Workbooks;
using Microsoft.Extensions.Logging.Abstractions;

namespace FederationFunctions.Core.Tests.Workbooks;

/// <summary>
/// XML forms producers rarely write in worksheets (comments, CDATA, another encoding, a DOCTYPE) read through the whole
/// reader: the same values as the plain sheet, or a refusal; and the expansion budget counts a worksheet part once.
/// </summary>
public class WorksheetXmlFormsReadingTests
{
    private const string Rows =
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Code</t></is></c><c r=\"B1\"><v>12.5</v></c></row>"
        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Lille &amp; Roubaix</t></is></c><c r=\"B2\"><v>3</v></c></row>";

    [Theory]
    [InlineData("<!-- written by hand -->")]
    [InlineData("<?producer note?>")]
    public async Task CommentOrProcessingInstructionInSheetData_ReadsLikeThePlainSheet(string markup)
    {
        var plain = await ReadSheetAsync(RawPackageBuilder.Worksheet(Rows));
        var withMarkup = await ReadSheetAsync(RawPackageBuilder.Worksheet(markup + Rows + markup));

        AssertSameRows(plain, withMarkup);
        Assert.Equal(CellValue.FromText("Lille & Roubaix"), withMarkup.Row(2)[0]);
    }

    [Fact]
    public async Task CdataValue_IsRead()
    {
        var sheet = await ReadSheetAsync(RawPackageBuilder.Worksheet(
            "<row r=\"1\"><c r=\"A1\"><v><![CDATA[42]]></v></c><c r=\"B1\" t=\"inlineStr\"><is><t><![CDATA[a < b]]></t></is></c></row>"));

        Assert.Equal(CellValue.FromNumber(42), sheet.Row(1)[0]);
        Assert.Equal(CellValue.FromText("a < b"), sheet.Row(1)[1]);
    }

    [Fact]
    public async Task Utf16Worksheet_IsRead()
    {
        var xml = RawPackageBuilder.Worksheet(Rows).Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"", StringComparison.Ordinal);
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(xml)).ToArray();
        var bytes = RawPackageBuilder.Workbook("Feuil1", xml).Replace("xl/worksheets/sheet1.xml", utf16).Build();

        var workbook = await WorkbookReading.ReadSuccessfullyAsync(bytes);

        AssertSameRows(await ReadSheetAsync(RawPackageBuilder.Worksheet(Rows)), workbook.Sheet("Feuil1"));
    }

    [Theory]
    [InlineData("?><worksheet", "?><!DOCTYPE worksheet [<!ENTITY e \"x\">]><worksheet")]
    [InlineData("</sheetData>", "</sheetdata>")]
    public async Task DoctypeOrMalformedWorksheet_IsStillRefusedAsNotAWorkbook(string written, string replacement)
    {
        var xml = RawPackageBuilder.Worksheet(Rows).Replace(written, replacement, StringComparison.Ordinal);
        Assert.Contains(replacement, xml, StringComparison.Ordinal);

        var result = await WorkbookReading.ReadAsync(RawPackageBuilder.Workbook("Feuil1", xml).Build());

        Assert.False(result.Succeeded);
        Assert.Equal(FileRefusalReason.NotAWorkbook, result.Refusal.Reason);
    }

    [Fact]
    public async Task PartWithinTheExpansionBudget_IsRead()
    {
        // A 1.2 MB sheet, with a budget of 1.5 times its size: counted once, it fits.
        var xml = NumberedRowsEndingWithAComment(20_000);
        var partBytes = Encoding.UTF8.GetByteCount(xml);
        var limits = new WorkbookReaderLimits { MaxExpandedBytes = (partBytes * 3 / 2) + 10_000, MaxDataRowsPerSheet = 20_000 };

        var result = await ReadWithLimitsAsync(xml, limits);

        Assert.True(result.Succeeded, result.Refusal?.Message);
        var sheet = result.Workbook.Sheet("Feuil1");
        Assert.Equal(20_000, sheet.Rows.Count);
        Assert.Equal(CellValue.FromNumber(20_000.5), sheet.Row(20_000)[1]);
    }

    [Fact]
    public async Task PartOverTheExpansionBudget_IsRefused()
    {
        var xml = NumberedRowsEndingWithAComment(2_000);
        var limits = new WorkbookReaderLimits { MaxExpandedBytes = Encoding.UTF8.GetByteCount(xml) / 2 };

        var result = await ReadWithLimitsAsync(xml, limits);

        Assert.False(result.Succeeded);
        Assert.Equal(FileRefusalReason.ExpandsTooMuch, result.Refusal.Reason);
    }

    /// <summary>A worksheet of rows (A = n, B = n + 0.5) ending with a comment.</summary>
    private static string NumberedRowsEndingWithAComment(int rowCount)
    {
        var rows = new StringBuilder();
        for (var row = 1; row <= rowCount; row++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"<row r=\"{row}\"><c r=\"A{row}\"><v>{row}</v></c><c r=\"B{row}\"><v>{row}.5</v></c></row>");
        }

        return RawPackageBuilder.Worksheet(rows.ToString(), "<!-- end -->");
    }

    private static Task<WorkbookReadResult> ReadWithLimitsAsync(string worksheetXml, WorkbookReaderLimits limits) =>
        new XlsxWorkbookReader(limits, NullLogger<XlsxWorkbookReader>.Instance).ReadAsync(
            new MemoryStream(RawPackageBuilder.Workbook("Feuil1", worksheetXml).Build(), writable: false), "grand.xlsx", CancellationToken.None);

    private static async Task<SheetData> ReadSheetAsync(string worksheetXml) =>
        (await WorkbookReading.ReadSuccessfullyAsync(RawPackageBuilder.Workbook("Feuil1", worksheetXml).Build())).Sheet("Feuil1");

    private static void AssertSameRows(SheetData expected, SheetData actual)
    {
        Assert.Equal(expected.Rows.Select(r => r.RowNumber), actual.Rows.Select(r => r.RowNumber));
        foreach (var (left, right) in expected.Rows.Zip(actual.Rows))
        {
            Assert.Equal(left.Cells, right.Cells);
        }
    }
}
