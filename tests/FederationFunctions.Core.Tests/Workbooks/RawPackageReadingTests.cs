using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Tests.Workbooks;

/// <summary>Packages written the way other producers write them, built by hand.</summary>
public class RawPackageReadingTests
{
    private const string Styles =
        "<?xml version=\"1.0\"?><styleSheet xmlns=\"" + RawPackageBuilder.MainNamespace + "\">"
        + "<numFmts count=\"4\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/><numFmt numFmtId=\"165\" formatCode=\"#,##0.00\\ &quot;€&quot;\"/>"
        + "<numFmt numFmtId=\"166\" formatCode=\"[Red]0.00\"/><numFmt numFmtId=\"14\" formatCode=\"0.000\"/></numFmts>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
        + "<cellXfs count=\"6\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"><alignment horizontal=\"left\"/></xf><xf numFmtId=\"165\"/><xf numFmtId=\"166\"/><xf numFmtId=\"22\"/><xf numFmtId=\"14\"/></cellXfs>"
        + "</styleSheet>";

    [Fact]
    public async Task RowsAndCellsWithoutReferences_ArePlacedByPosition()
    {
        var bytes = RawPackageBuilder.Workbook("Feuil1", RawPackageBuilder.Worksheet(
            "<row><c t=\"inlineStr\"><is><t>a</t></is></c><c><v>2</v></c></row>"
            + "<row r=\"5\"><c r=\"C5\"><v>3</v></c><c><v>4</v></c></row>"
            + "<row><c><v>5</v></c></row>")).Build();

        var workbook = await WorkbookReading.ReadSuccessfullyAsync(bytes);

        var sheet = workbook.Sheet("Feuil1");
        Assert.Equal([1, 5, 6], sheet.Rows.Select(r => r.RowNumber));
        Assert.Equal(CellValue.FromText("a"), sheet.Row(1)[0]);
        Assert.Equal(CellValue.FromNumber(2), sheet.Row(1)[1]);
        Assert.Equal(CellValue.Blank, sheet.Row(5)[1]);
        Assert.Equal(CellValue.FromNumber(3), sheet.Row(5)[2]);
        Assert.Equal(CellValue.FromNumber(4), sheet.Row(5)[3]);
        Assert.Equal(4, sheet.Row(5).Cells.Count);
        Assert.Equal(CellValue.FromNumber(5), sheet.Row(6)[0]);
    }

    [Fact]
    public async Task InlineAndSharedRichText_RunsAreJoinedAndPhoneticTextIgnored()
    {
        var bytes = RawPackageBuilder.Workbook("Feuil1", RawPackageBuilder.Worksheet(
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><r><t>Salariés </t></r><r><rPr><b/></rPr><t>formés</t></r></is></c>"
                + "<c r=\"C1\" t=\"s\"><v>1</v></c><c r=\"D1\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> 59-lil-001 </t></is></c></row>"),
            RawPackageBuilder.SharedStrings(
                "<r><rPr><b/><sz val=\"11\"/></rPr><t xml:space=\"preserve\">Centre </t></r><r><t>social</t></r><rPh sb=\"0\" eb=\"1\"><t>セ</t></rPh><phoneticPr fontId=\"1\"/>",
                "<t>Ligne 1_x000D_Ligne 2 _x005F_x0041_</t>")).Build();

        var workbook = await WorkbookReading.ReadSuccessfullyAsync(bytes);

        Assert.Equal(CellValue.FromText("Centre social"), workbook.Cell("Feuil1", 1, 0));
        Assert.Equal(CellValue.FromText("Salariés formés"), workbook.Cell("Feuil1", 1, 1));
        Assert.Equal(CellValue.FromText("Ligne 1\rLigne 2 _x0041_"), workbook.Cell("Feuil1", 1, 2));
        Assert.Equal(CellValue.FromText(" 59-lil-001 "), workbook.Cell("Feuil1", 1, 3));
    }

    [Fact]
    public async Task AbsoluteRelationshipTargets_AreResolved()
    {
        var bytes = RawPackageBuilder.Workbook(
            [("Structure", RawPackageBuilder.Worksheet("<row r=\"2\"><c r=\"B2\" t=\"s\"><v>0</v></c></row>"))],
            RawPackageBuilder.SharedStrings("<t>59-LIL-001</t>"),
            Styles,
            absoluteTargets: true).Build();

        var workbook = await WorkbookReading.ReadSuccessfullyAsync(bytes);

        Assert.Equal(CellValue.FromText("59-LIL-001"), workbook.Cell("Structure", 2, 1));
    }

    [Fact]
    public async Task FormulasWithCachedValues_CountByTheirValue()
    {
        var bytes = RawPackageBuilder.Workbook("Calculs", RawPackageBuilder.Worksheet(
            "<row r=\"1\"><c r=\"A1\"><f>1+1</f><v>2</v></c><c r=\"B1\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c>"
            + "<c r=\"C1\" t=\"b\"><f>TRUE()</f><v>1</v></c><c r=\"D1\" t=\"b\"><v>0</v></c><c r=\"E1\"><f t=\"shared\" si=\"0\"/><v>441245.00000000006</v></c>"
            + "<c r=\"F1\"><f>B9*2</f><v></v></c><c r=\"G1\" t=\"str\"><f>\"\"</f><v></v></c></row>")).Build();

        var workbook = await WorkbookReading.ReadSuccessfullyAsync(bytes);

        var row = workbook.Sheet("Calculs").Row(1);
        Assert.Equal(CellValue.FromNumber(2), row[0]);
        Assert.Equal(CellValue.FromText("ab"), row[1]);
        Assert.Equal(CellValue.FromBoolean(true), row[2]);
        Assert.Equal(CellValue.FromBoolean(false), row[3]);
        Assert.Equal(CellValue.FromNumber(441245.00000000006), row[4]);
        Assert.Equal(CellValue.FromFormulaWithoutValue("B9*2"), row[5]);
        Assert.Equal(CellValue.Blank, row[6]);
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    public Task Numbers_ReadAlikeUnderAnyCulture(string culture) => WorkbookReading.UnderCultureAsync(culture, async () =>
    {
        var bytes = RawPackageBuilder.Workbook("Feuil1", RawPackageBuilder.Worksheet(
            "<row r=\"1\"><c r=\"A1\"><v>1.5E3</v></c><c r=\"B1\" t=\"n\"><v>-0.25</v></c><c r=\"C1\"><v>37.05</v></c><c r=\"D1\"><v>1e-3</v></c><c r=\"E1\"><v> 12 </v></c></row>")).Build();

        var workbook = await WorkbookReading.ReadSuccessfullyAsync(bytes);

        var row = workbook.Sheet("Feuil1").Row(1);
        Assert.Equal(1500d, row[0].Number);
        Assert.Equal(-0.25d, row[1].Number);
        Assert.Equal(37.05d, row[2].Number);
        Assert.Equal(0.001d, row[3].Number);
        Assert.Equal(12d, row[4].Number);
        Assert.Equal("37.05", row[2].Display);
    });

    [Fact]
    public async Task IsoDateCells_BecomeDateFormattedSerialNumbers()
    {
        var bytes = RawPackageBuilder.Workbook("Rencontres", RawPackageBuilder.Worksheet(
            "<row r=\"1\"><c r=\"A1\" t=\"d\"><v>2023-05-12T00:00:00</v></c><c r=\"B1\" t=\"d\"><v>2023-03-14</v></c>"
            + "<c r=\"C1\" t=\"d\"><v>2023-11-18T12:00:00Z</v></c><c r=\"D1\" t=\"d\"><v>12:00:00</v></c><c r=\"E1\" t=\"d\"><v>pas une date</v></c></row>")).Build();

        var workbook = await WorkbookReading.ReadSuccessfullyAsync(bytes);

        var row = workbook.Sheet("Rencontres").Row(1);
        Assert.Equal(CellValue.FromNumber(45058, isDateFormatted: true), row[0]);
        Assert.Equal(CellValue.FromNumber(44999, isDateFormatted: true), row[1]);
        Assert.Equal(CellValue.FromNumber(45248.5, isDateFormatted: true), row[2]);
        Assert.Equal(CellValue.FromNumber(0.5, isDateFormatted: true), row[3]);
        Assert.Equal(CellValue.FromError("#VALUE!"), row[4]);
    }

    [Fact]
    public async Task DateFormattedStyles_MarkNumbersAsDates()
    {
        var bytes = RawPackageBuilder.Workbook("Feuil1", RawPackageBuilder.Worksheet(
                "<row r=\"1\"><c r=\"A1\"><v>45058</v></c><c r=\"B1\" s=\"1\"><v>45058</v></c><c r=\"C1\" s=\"2\"><v>45058</v></c>"
                + "<c r=\"D1\" s=\"3\"><v>45058</v></c><c r=\"E1\" s=\"4\"><v>45058.5</v></c><c r=\"F1\" s=\"5\"><v>45058</v></c><c r=\"G1\" s=\"99\"><v>45058</v></c></row>"),
            stylesXml: Styles).Build();

        var workbook = await WorkbookReading.ReadSuccessfullyAsync(bytes);

        var row = workbook.Sheet("Feuil1").Row(1);
        Assert.Equal([false, true, false, false, true, false, false], row.Cells.Select(c => c.IsDateFormatted));
    }

    [Fact]
    public async Task ErrorAndBlankCells_AreKeptAsTheyAre()
    {
        var bytes = RawPackageBuilder.Workbook("Feuil1", RawPackageBuilder.Worksheet(
            "<row r=\"1\"><c r=\"A1\" t=\"e\"><v>#VALUE!</v></c><c r=\"B1\" s=\"1\"/><c r=\"C1\" t=\"inlineStr\"><is><t>x</t></is></c><c r=\"D1\" s=\"2\"/><c r=\"E1\" t=\"s\"/></row>"
            + "<row r=\"2\"><c r=\"A2\" s=\"1\"/><c r=\"B2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">   </t></is></c></row>"
            + "<row r=\"3\" spans=\"1:3\" ht=\"20\" customHeight=\"1\"/>"
            + "<row r=\"4\"><c r=\"B4\"><v>0</v></c></row>")).Build();

        var workbook = await WorkbookReading.ReadSuccessfullyAsync(bytes);

        var sheet = workbook.Sheet("Feuil1");
        Assert.Equal([1, 4], sheet.Rows.Select(r => r.RowNumber));
        Assert.Equal([CellValue.FromError("#VALUE!"), CellValue.Blank, CellValue.FromText("x")], sheet.Row(1).Cells);
        Assert.Equal([CellValue.Blank, CellValue.FromNumber(0)], sheet.Row(4).Cells);
    }

    [Fact]
    public async Task MergedCells_AreListedAndOnlyTheTopLeftHoldsTheValue()
    {
        var bytes = RawPackageBuilder.Workbook("Rencontres", RawPackageBuilder.Worksheet(
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Rencontres 2023</t></is></c><c r=\"B1\"/><c r=\"C1\"/></row><row r=\"2\"><c r=\"A2\"><v>1</v></c></row>",
            "<mergeCells count=\"2\"><mergeCell ref=\"A1:C1\"/><mergeCell ref=\"d5:e6\"/></mergeCells><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")).Build();

        var workbook = await WorkbookReading.ReadSuccessfullyAsync(bytes);

        var sheet = workbook.Sheet("Rencontres");
        Assert.Equal(["A1:C1", "D5:E6"], sheet.MergedRanges);
        Assert.Equal([CellValue.FromText("Rencontres 2023")], sheet.Row(1).Cells);
    }

    [Fact]
    public async Task Sheets_FollowWorkbookOrderNotPartNames()
    {
        var bytes = RawPackageBuilder.Workbook(
        [
            ("Lisez-moi", RawPackageBuilder.Worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")),
            ("Structure", RawPackageBuilder.Worksheet(string.Empty)),
            ("Rencontres", RawPackageBuilder.Worksheet("<row r=\"1\"><c r=\"A1\"><v>3</v></c></row>")),
        ]).Build();

        var workbook = await WorkbookReading.ReadSuccessfullyAsync(bytes);

        Assert.Equal(["Lisez-moi", "Structure", "Rencontres"], workbook.Sheets.Select(s => s.Name));
        Assert.Empty(workbook.Sheet("Structure").Rows);
    }

    [Fact]
    public async Task PackageWithoutRootRelationships_FindsTheConventionalWorkbookPart()
    {
        var complete = RawPackageBuilder.Workbook("Feuil1", RawPackageBuilder.Worksheet("<row r=\"1\"><c r=\"A1\"><v>7</v></c></row>"));
        var bytes = WithoutEntry(complete.Build(), "_rels/.rels");

        var workbook = await WorkbookReading.ReadSuccessfullyAsync(bytes);

        Assert.Equal(CellValue.FromNumber(7), workbook.Cell("Feuil1", 1, 0));
    }

    [Fact]
    public async Task RowLimit_AllowsTenRowsBeyondTheDataLimitAndRefusesTheNext()
    {
        var atLimit = await WorkbookReading.ReadAsync(NumberedRows(5_010));
        var pastLimit = await WorkbookReading.ReadAsync(NumberedRows(5_011));

        Assert.True(atLimit.Succeeded);
        Assert.Equal(5_010, atLimit.Workbook.Sheet("Rencontres").Rows.Count);
        Assert.Equal(FileRefusalReason.TooManyRows, pastLimit.Refusal?.Reason);
        Assert.Equal("Rencontres", pastLimit.Refusal?.Sheet);
    }

    [Fact]
    public async Task BlankRows_DoNotCountTowardsTheRowLimit()
    {
        var rows = new System.Text.StringBuilder();
        for (var row = 1; row <= 20_000; row++)
        {
            rows.Append("<row r=\"").Append(row).Append("\"><c r=\"A").Append(row).Append("\" s=\"1\"/></row>");
        }

        rows.Append("<row r=\"20001\"><c r=\"A20001\"><v>1</v></c></row>");

        var workbook = await WorkbookReading.ReadSuccessfullyAsync(RawPackageBuilder.Workbook("Rencontres", RawPackageBuilder.Worksheet(rows.ToString())).Build());

        Assert.Equal([20_001], workbook.Sheet("Rencontres").Rows.Select(r => r.RowNumber));
    }

    [Fact]
    public async Task NonSeekableStream_ReadsLikeAFile()
    {
        var bytes = RawPackageBuilder.Workbook("Feuil1", RawPackageBuilder.Worksheet("<row r=\"1\"><c r=\"A1\"><v>7</v></c></row>")).Build();
        using var stream = new NonSeekableStream(bytes);

        var result = await new XlsxWorkbookReader().ReadAsync(stream, "remontee.xlsx", CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(CellValue.FromNumber(7), result.Workbook.Cell("Feuil1", 1, 0));
    }

    [Fact]
    public async Task CancelledToken_StopsTheRead()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new XlsxWorkbookReader().ReadAsync(new MemoryStream(NumberedRows(10)), "remontee.xlsx", cancellation.Token));
    }

    [Fact]
    public async Task SparseRow_ReadsAsADenseListUpToItsLastCell()
    {
        var bytes = RawPackageBuilder.Workbook("Feuil1", RawPackageBuilder.Worksheet(
            "<row r=\"1\"><c r=\"XFD1\"><v>9</v></c><c r=\"B1\"><v>2</v></c></row>")).Build();

        var workbook = await WorkbookReading.ReadSuccessfullyAsync(bytes);

        var row = workbook.Sheet("Feuil1").Row(1);
        Assert.Equal(16_384, row.Cells.Count);
        Assert.Equal(CellValue.FromNumber(2), row.Cells[1]);
        Assert.Equal(CellValue.FromNumber(9), row.Cells[16_383]);
        Assert.Equal(CellValue.Blank, row.Cells[100]);
        Assert.Equal(2, row.Cells.Count(c => !c.IsBlank));
    }

    [Fact]
    public async Task Date1904Workbook_DatesAreGivenInThe1900System()
    {
        var bytes = RawPackageBuilder.Workbook("Rencontres", RawPackageBuilder.Worksheet(
                "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>43596</v></c><c r=\"B1\"><v>43596</v></c><c r=\"C1\" t=\"d\"><v>2023-05-12</v></c></row>"),
            stylesXml: Styles).Build();
        bytes = RawPackageBuilder.RewriteEntry(bytes, "xl/workbook.xml", xml => xml.Replace("<sheets>", "<workbookPr date1904=\"1\"/><sheets>", StringComparison.Ordinal));

        var workbook = await WorkbookReading.ReadSuccessfullyAsync(bytes);

        var row = workbook.Sheet("Rencontres").Row(1);
        Assert.Equal(CellValue.FromNumber(45058, isDateFormatted: true), row[0]);
        Assert.Equal(CellValue.FromNumber(43596), row[1]);
        Assert.Equal(CellValue.FromNumber(45058, isDateFormatted: true), row[2]);
    }

    [Fact]
    public async Task RowsWrittenOutOfOrder_AreGivenInSheetOrder()
    {
        var bytes = RawPackageBuilder.Workbook("Feuil1", RawPackageBuilder.Worksheet(
            "<row r=\"3\"><c r=\"A3\"><v>3</v></c></row><row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v></c></row>")).Build();

        var workbook = await WorkbookReading.ReadSuccessfullyAsync(bytes);

        Assert.Equal([1, 2, 3], workbook.Sheet("Feuil1").Rows.Select(r => r.RowNumber));
        Assert.Equal(CellValue.FromNumber(2), workbook.Cell("Feuil1", 2, 0));
    }

    [Fact]
    public async Task StrictOpenXmlNamespaces_Read()
    {
        const string strictMain = "http://purl.oclc.org/ooxml/spreadsheetml/main";
        const string strictRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships";
        var bytes = RawPackageBuilder.Workbook("Structure", RawPackageBuilder.Worksheet("<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>59-LIL-001</t></is></c></row>")).Build();
        foreach (var part in new[] { "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/_rels/workbook.xml.rels", "_rels/.rels" })
        {
            bytes = RawPackageBuilder.RewriteEntry(bytes, part, xml => xml
                .Replace(RawPackageBuilder.MainNamespace, strictMain, StringComparison.Ordinal)
                .Replace(RawPackageBuilder.RelationshipsNamespace, strictRelationships, StringComparison.Ordinal));
        }

        var workbook = await WorkbookReading.ReadSuccessfullyAsync(bytes);

        Assert.Equal(CellValue.FromText("59-LIL-001"), workbook.Cell("Structure", 1, 1));
    }

    private static byte[] NumberedRows(int count)
    {
        var rows = new System.Text.StringBuilder();
        for (var row = 1; row <= count; row++)
        {
            rows.Append("<row r=\"").Append(row).Append("\"><c r=\"A").Append(row).Append("\"><v>").Append(row).Append("</v></c></row>");
        }

        return RawPackageBuilder.Workbook("Rencontres", RawPackageBuilder.Worksheet(rows.ToString())).Build();
    }

    private static byte[] WithoutEntry(byte[] zip, string entryName)
    {
        using var output = new MemoryStream();
        using (var source = new System.IO.Compression.ZipArchive(new MemoryStream(zip), System.IO.Compression.ZipArchiveMode.Read))
        using (var target = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.Where(e => e.FullName != entryName))
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
