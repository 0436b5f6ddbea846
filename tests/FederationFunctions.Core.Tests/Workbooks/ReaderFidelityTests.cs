using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Tests.Workbooks;

/// <summary>
/// Cells read the way Excel means them, in the shapes where a comparison with another reader over real-world workbooks
/// found the reader wrong (issue 14): each case as a transitional package and as a Strict OOXML one.
/// </summary>
public class ReaderFidelityTests
{
    public static TheoryData<bool> Conformances => new() { false, true };

    /// <summary>Style 1 is built-in format 14 (a date); style 2 is custom format 164, a plain number.</summary>
    private static string StylesWithConditionalFormats(string dxfs) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + RawPackageBuilder.MainNamespace + "\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.00\"/></numFmts>"
        + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs>"
        + "<dxfs count=\"2\">" + dxfs + "</dxfs></styleSheet>";

    [Theory]
    [MemberData(nameof(Conformances))]
    public async Task ConditionalFormatNumberFormat_DoesNotRedefineTheCellsFormat(bool strict)
    {
        var styles = StylesWithConditionalFormats(
            "<dxf><numFmt numFmtId=\"14\" formatCode=\"0.00%\"/></dxf><dxf><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></dxf>");
        var bytes = RawPackageBuilder.Workbook(
            "Feuil1",
            RawPackageBuilder.Worksheet("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>42062</v></c><c r=\"B1\" s=\"2\"><v>42062</v></c></row>"),
            stylesXml: styles).Build(strict);

        var workbook = await WorkbookReading.ReadSuccessfullyAsync(bytes);

        Assert.Equal(CellValue.FromNumber(42062, isDateFormatted: true), workbook.Cell("Feuil1", 1, 0));
        Assert.Equal(CellValue.FromNumber(42062), workbook.Cell("Feuil1", 1, 1));
    }

    public static TheoryData<string, double> IsoTimes => new()
    {
        { "10:59:59.9999999999984025", ((10 * 3600) + (59 * 60) + 59.9999999999984025) / 86_400 },
        { "00:00:00", 0 },
        { "12:00", 0.5 },
        { "23:59:59.999999999", ((23 * 3600) + (59 * 60) + 59.999999999) / 86_400 },
        { "T06:00:00", 0.25 },
    };

    [Theory]
    [MemberData(nameof(IsoTimes))]
    public async Task StrictTimeOnlyValue_IsTheFractionOfTheDayWhateverItsDigits(string written, double expected)
    {
        var cell = await ReadStrictDateCellAsync(written);

        Assert.Equal(CellKind.Number, cell.Kind);
        Assert.True(cell.IsDateFormatted);
        Assert.Equal(expected, cell.Number, 1e-12);
    }

    [Theory]
    [InlineData("25:00:00")]
    [InlineData("10:61")]
    [InlineData("10h30")]
    [InlineData("demain")]
    [InlineData("2024-02-30")]
    [InlineData("2024-13-01")]
    [InlineData("1899-12-30")]
    public async Task StrictDateValueThatCannotBeRead_IsAnErrorCellNeverToday(string written)
    {
        var cell = await ReadStrictDateCellAsync(written);

        Assert.Equal(CellValue.FromError("#VALUE!"), cell);
    }

    public static TheoryData<string, double> EarlyDates => new()
    {
        { "1899-12-31", 0 },
        { "1899-12-31T00:00:00", 0 },
        { "1900-01-01", 1 },
        { "1900-01-01T12:00:00", 1.5 },
        { "1900-02-28", 59 },
        { "1900-02-29", 60 },
        { "1900-02-29T06:00", 60.25 },
        { "1900-03-01", 61 },
        { "1900-03-01T18:00:00Z", 61.75 },
        { "2015-02-27", 42062 },
        { "2015-02-27T10:30:00+02:00", 42062.4375 },
    };

    [Theory]
    [MemberData(nameof(EarlyDates))]
    public async Task StrictDate_IsTheSerialOfExcels1900Calendar(string written, double expected)
    {
        var cell = await ReadStrictDateCellAsync(written);

        Assert.Equal(CellValue.FromNumber(expected, isDateFormatted: true), cell);
    }

    [Theory]
    [MemberData(nameof(Conformances))]
    public async Task RowNumberRepeated_CellsAreMergedIntoOneRowAndTheLastCellGivenTwiceWins(bool strict)
    {
        var rows = string.Concat(Enumerable.Range(0, 13).Select(column =>
            $"<row r=\"1\"><c r=\"{(char)('A' + column)}1\"><v>{column}</v></c></row>"))
            + "<row r=\"2\"><c r=\"A2\"><v>100</v></c></row>"
            + "<row r=\"1\"><c r=\"B1\"><v>-1</v></c></row>";
        var bytes = RawPackageBuilder.Workbook("Feuil1", RawPackageBuilder.Worksheet(rows)).Build(strict);

        var sheet = (await WorkbookReading.ReadSuccessfullyAsync(bytes)).Sheet("Feuil1");

        Assert.Equal([1, 2], sheet.Rows.Select(r => r.RowNumber));
        var first = sheet.Row(1);
        Assert.Equal(13, first.Cells.Count);
        Assert.Equal(CellValue.FromNumber(0), first[0]);
        Assert.Equal(CellValue.FromNumber(-1), first[1]);
        Assert.Equal(CellValue.FromNumber(12), first[12]);
    }

    [Fact]
    public async Task RowNumberRepeated_CountsOnceTowardTheRowLimit()
    {
        var rows = string.Concat(Enumerable.Range(0, 20).Select(column => $"<row r=\"1\"><c r=\"{(char)('A' + column)}1\"><v>{column}</v></c></row>"));
        var limits = new WorkbookReaderLimits { MaxDataRowsPerSheet = 1 };
        var reader = new XlsxWorkbookReader(limits, Microsoft.Extensions.Logging.Abstractions.NullLogger<XlsxWorkbookReader>.Instance);

        var result = await reader.ReadAsync(new MemoryStream(RawPackageBuilder.Workbook("Feuil1", RawPackageBuilder.Worksheet(rows)).Build()), "remontee.xlsx", CancellationToken.None);

        Assert.True(result.Succeeded, result.Refusal?.Message);
        Assert.Equal(CellValue.FromNumber(19), result.Workbook.Cell("Feuil1", 1, 19));
    }

    [Theory]
    [MemberData(nameof(Conformances))]
    public async Task WhiteSpaceOnlyText_IsBlankWhereverItStandsInTheRow(bool strict)
    {
        var bytes = RawPackageBuilder.Workbook(
            "Feuil1",
            RawPackageBuilder.Worksheet(
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">    </t></is></c><c r=\"B1\"><v>1</v></c>"
                + "<c r=\"C1\" t=\"s\"><v>0</v></c><c r=\"D1\" t=\"str\"><v>  </v></c><c r=\"E1\"><v>2</v></c><c r=\"F1\" t=\"s\"><v>0</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>"),
            RawPackageBuilder.SharedStrings("<t xml:space=\"preserve\">\t \u00A0</t>")).Build(strict);

        var sheet = (await WorkbookReading.ReadSuccessfullyAsync(bytes)).Sheet("Feuil1");

        var row = sheet.Row(1);
        Assert.Equal([CellValue.Blank, CellValue.FromNumber(1), CellValue.Blank, CellValue.Blank, CellValue.FromNumber(2)], row.Cells);
        Assert.Equal([1], sheet.Rows.Select(r => r.RowNumber));
    }

    private static async Task<CellValue> ReadStrictDateCellAsync(string written)
    {
        var bytes = RawPackageBuilder.Workbook(
            "Feuil1",
            RawPackageBuilder.Worksheet($"<row r=\"1\"><c r=\"A1\" t=\"d\"><v>{written}</v></c><c r=\"B1\"><v>1</v></c></row>")).Build(strict: true);

        return (await WorkbookReading.ReadSuccessfullyAsync(bytes)).Cell("Feuil1", 1, 0);
    }
}
