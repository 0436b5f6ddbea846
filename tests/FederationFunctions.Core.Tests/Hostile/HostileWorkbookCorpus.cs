using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using FederationFunctions.Core.Tests.Workbooks;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Tests.Hostile;

/// <summary>
/// Hostile, broken and odd files a public upload endpoint receives, each with the exact outcome the reader must give.
/// Built in code (no binary fixtures); large ones are built lazily and streamed.
/// </summary>
public static class HostileWorkbookCorpus
{
    private const int Megabyte = 1024 * 1024;

    private static readonly Lazy<IReadOnlyList<HostileFile>> Files = new(BuildAll);

    public static IReadOnlyList<HostileFile> All => Files.Value;

    public static HostileFile Get(string name) => All.Single(f => f.Name == name);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var file in All)
        {
            data.Add(file.Name);
        }

        return data;
    }

    private static IReadOnlyList<HostileFile> BuildAll()
    {
        static HostileFile Refused(string name, string fileName, Func<byte[]> bytes, FileRefusalReason reason)
        {
            var content = new Lazy<byte[]>(bytes);
            return new HostileFile(name, fileName, () => new MemoryStream(content.Value, writable: false), reason, []);
        }

        static HostileFile Reads(string name, string fileName, Func<byte[]> bytes, params ExpectedCell[] cells)
        {
            var content = new Lazy<byte[]>(bytes);
            return new HostileFile(name, fileName, () => new MemoryStream(content.Value, writable: false), null, cells);
        }

        return
        [
            Refused("empty-file", "remontee.xlsx", () => [], FileRefusalReason.Empty),
            Refused("eleven-megabytes", "remontee.xlsx", () => ElevenMegabyteWorkbook(), FileRefusalReason.TooLarge),
            new HostileFile("endless-non-seekable-stream", "remontee.xlsx", () => new EndlessStream(), FileRefusalReason.TooLarge, []),
            Refused("random-bytes", "remontee.xlsx", RandomBytes, FileRefusalReason.NotAWorkbook),
            Refused("corrupt-zip", "remontee.xlsx", () => [.. "PK\u0003\u0004"u8, .. RandomBytes().AsSpan(0, 4000)], FileRefusalReason.NotAWorkbook),
            Refused("truncated-zip", "remontee.xlsx", TruncatedWorkbook, FileRefusalReason.NotAWorkbook),
            Refused("empty-zip", "remontee.xlsx", () => new RawPackageBuilder().Build(), FileRefusalReason.NotAWorkbook),
            Refused("zip-without-workbook", "remontee.xlsx", () => new RawPackageBuilder().Add("notes.txt", "bonjour").Add("xl/styles.xml", "<styleSheet/>").Build(), FileRefusalReason.NotAWorkbook),
            Refused("docx-renamed", "remontee.xlsx", WordDocument, FileRefusalReason.NotAWorkbook),
            Refused("xlsb-binary-workbook", "remontee.xlsb", BinaryWorkbook, FileRefusalReason.NotAWorkbook),
            Refused("png-renamed-xlsx", "remontee.xlsx", () => [0x89, .. "PNG\r\n\u001A\n"u8, 0, 0, 0, 13, .. "IHDR"u8, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0], FileRefusalReason.NotAWorkbook),
            Refused("zip-bomb-declared", "remontee.xlsx", () => ZipBombBuilder.WithZeroEntries(entryCount: 1, megabytesPerEntry: 101), FileRefusalReason.ExpandsTooMuch),
            Refused("zip-bomb-many-entries", "remontee.xlsx", () => ZipBombBuilder.WithZeroEntries(entryCount: 11, megabytesPerEntry: 10), FileRefusalReason.ExpandsTooMuch),
            // .NET stops an entry at its declared size: the 110 MB part is cut at 1,000 bytes, its XML is truncated, the package corrupt.
            Refused("zip-bomb-lying-sizes", "remontee.xlsx", () => ZipBombBuilder.WithLyingDeclaredSize(megabytes: 110), FileRefusalReason.NotAWorkbook),
            Refused("too-many-entries", "remontee.xlsx", TooManyEntries, FileRefusalReason.NotAWorkbook),
            // A million unclosed elements (3 MB of XML, a 31 KB upload; ~200 MB allocated before the limit): refused past 64 levels, in either parser.
            Refused("nesting-bomb-worksheet", "remontee.xlsx", () => RawPackageBuilder.Workbook("Feuil1", RawPackageBuilder.Worksheet(NestingBomb())).Build(), FileRefusalReason.NotAWorkbook),
            Refused("nesting-bomb-shared-strings", "remontee.xlsx", () => RawPackageBuilder.Workbook("Feuil1", RawPackageBuilder.Worksheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"), RawPackageBuilder.SharedStrings(NestingBomb())).Build(), FileRefusalReason.NotAWorkbook),
            Refused("legacy-xls", "remontee.xls", () => CompoundFileBuilder.Build("Workbook", "\u0005SummaryInformation"), FileRefusalReason.LegacyXls),
            Refused("legacy-xls-renamed-xlsx", "remontee.xlsx", () => CompoundFileBuilder.Build("Workbook"), FileRefusalReason.LegacyXls),
            Refused("encrypted-ooxml", "remontee.xlsx", () => CompoundFileBuilder.Build("EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"), FileRefusalReason.Encrypted),
            Refused("ods", "remontee.ods", OpenDocumentSpreadsheet, FileRefusalReason.OpenDocument),
            Refused("ods-renamed-xlsx", "remontee.xlsx", OpenDocumentSpreadsheet, FileRefusalReason.OpenDocument),
            Refused("csv-semicolon-renamed-xlsx", "remontee.xlsx", () => Encoding.UTF8.GetBytes("Code structure;59-LIL-001\r\nAnnée;2023\r\nSalariés (personnes);12\r\n"), FileRefusalReason.Csv),
            Refused("csv-comma", "remontee.csv", () => Encoding.UTF8.GetBytes("Dispositif,Statut,Montant\nCSC,En cours,1200\n"), FileRefusalReason.Csv),
            Refused("tsv-utf16-unicode-text", "remontee.txt", () => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Code\tAnnée\r\n59-LIL-001\t2023\r\n")], FileRefusalReason.Csv),
            Refused("csv-windows-1252", "remontee.csv", () => Encoding.Latin1.GetBytes("Année;Salariés\r\n2023;12\r\n"), FileRefusalReason.Csv),
            Refused("html-renamed-xlsx", "remontee.xlsx", () => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><table><tr><td>Code</td><td>59-LIL-001</td></tr></table></body></html>"), FileRefusalReason.NotAWorkbook),
            Refused("pdf-renamed-xlsx", "remontee.xlsx", () => [.. "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"u8, 0x00, 0x01, 0x02], FileRefusalReason.NotAWorkbook),
            Refused("xml-bomb-entities", "remontee.xlsx", XmlEntityBomb, FileRefusalReason.NotAWorkbook),
            Refused("xml-external-entity", "remontee.xlsx", XmlExternalEntity, FileRefusalReason.NotAWorkbook),
            Refused("malformed-sheet-xml", "remontee.xlsx", () => RawPackageBuilder.Workbook("Feuil1", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row>").Build(), FileRefusalReason.NotAWorkbook),
            Refused("shared-string-out-of-range", "remontee.xlsx", () => RawPackageBuilder.Workbook("Feuil1", RawPackageBuilder.Worksheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>"), RawPackageBuilder.SharedStrings("<t>seule</t>")).Build(), FileRefusalReason.NotAWorkbook),
            Refused("missing-worksheet-part", "remontee.xlsx", MissingWorksheetPart, FileRefusalReason.NotAWorkbook),
            Refused("six-thousand-rows", "remontee.xlsx", SixThousandRows, FileRefusalReason.TooManyRows),
            Reads("error-cells", "remontee.xlsx", ErrorCells,
                new ExpectedCell("Dispositifs", 2, 0, CellValue.FromError("#DIV/0!")),
                new ExpectedCell("Dispositifs", 2, 1, CellValue.FromError("#N/A")),
                new ExpectedCell("Dispositifs", 2, 2, CellValue.FromError("#REF!"))),
            Reads("formula-without-cached-value", "remontee.xlsx", FormulaWithoutCachedValue,
                new ExpectedCell("Structure", 1, 1, CellValue.FromFormulaWithoutValue("SUM(B2:B3)")),
                new ExpectedCell("Structure", 2, 1, CellValue.FromNumber(4))),
            Reads("three-hundred-columns", "remontee.xlsx", ThreeHundredColumns,
                new ExpectedCell("Formations", 1, 0, CellValue.FromText("Colonne 1")),
                new ExpectedCell("Formations", 1, 299, CellValue.FromText("Colonne 300")),
                new ExpectedCell("Formations", 2, 299, CellValue.FromNumber(300))),
            Reads("forty-thousand-character-text", "remontee.xlsx", FortyThousandCharacters,
                new ExpectedCell("Structure", 1, 1, CellValue.FromText(new string('é', 40_000)))),
            Reads("formula-injection-text", "remontee.xlsx", FormulaInjectionText,
                new ExpectedCell("Dispositifs", 1, 0, CellValue.FromText("=HYPERLINK(\"http://x\",\"y\")")),
                new ExpectedCell("Dispositifs", 1, 1, CellValue.FromText("+cmd|' /C calc'!A0"))),
            Reads("xlsm-with-macros", "remontee.xlsm", MacroEnabledWorkbook,
                new ExpectedCell("Structure", 1, 0, CellValue.FromText("Code structure"))),
            Reads("protected-workbook-and-sheet", "remontee.xlsx", ProtectedWorkbook,
                new ExpectedCell("Structure", 1, 1, CellValue.FromText("59-LIL-001"))),
            Reads("far-column-on-every-row", "remontee.xlsx", FarColumnOnEveryRow,
                new ExpectedCell("Rencontres", 5_000, 0, CellValue.FromNumber(5_000)),
                new ExpectedCell("Rencontres", 5_000, 16_383, CellValue.FromText("XFD"))),
            Reads("chartsheet-ignored", "remontee.xlsx", WithChartsheet,
                new ExpectedCell("Données", 1, 0, CellValue.FromNumber(1))),
        ];
    }

    private static string NestingBomb() => new StringBuilder(3_000_000).Insert(0, "<a>", 1_000_000).ToString();

    private static byte[] RandomBytes()
    {
        var bytes = new byte[64 * 1024];
        new Random(20231231).NextBytes(bytes);
        bytes[0] = 0x13;
        return bytes;
    }

    private static byte[] ElevenMegabyteWorkbook()
    {
        var valid = RawPackageBuilder.Workbook("Feuil1", RawPackageBuilder.Worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")).Build();
        var bytes = new byte[11 * Megabyte];
        valid.CopyTo(bytes, 0);
        return bytes;
    }

    private static byte[] TruncatedWorkbook()
    {
        var whole = ClosedXmlWorkbooks.Build(workbook => workbook.Worksheets.Add("Structure").Cell(1, 1).Value = "Code structure");
        return whole[..(whole.Length / 2)];
    }

    private static byte[] WordDocument() => new RawPackageBuilder()
        .Add("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
        .Add("_rels/.rels", $"<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{RawPackageBuilder.RelationshipsNamespace}/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
        .Add("word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Bonjour</w:t></w:r></w:p></w:body></w:document>")
        .Build();

    private static byte[] BinaryWorkbook() => new RawPackageBuilder()
        .Add("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/xl/workbook.bin\" ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/></Types>")
        .Add("_rels/.rels", $"<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{RawPackageBuilder.RelationshipsNamespace}/officeDocument\" Target=\"xl/workbook.bin\"/></Relationships>")
        .Add("xl/workbook.bin", [0x83, 0x01, 0x00, 0x80, 0x01, 0x00, 0x99, 0x01, 0x04, 0x00, 0x00, 0x00, 0x00])
        .Build();

    private static byte[] TooManyEntries()
    {
        var builder = RawPackageBuilder.Workbook("Feuil1", RawPackageBuilder.Worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"));
        for (var i = 0; i < 10_001; i++)
        {
            builder.Add($"xl/media/e{i}.bin", [(byte)i], CompressionLevel.NoCompression);
        }

        return builder.Build();
    }

    private static byte[] OpenDocumentSpreadsheet() => new RawPackageBuilder()
        .Add("mimetype", "application/vnd.oasis.opendocument.spreadsheet", CompressionLevel.NoCompression)
        .Add("META-INF/manifest.xml", "<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>")
        .Add("content.xml", "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>")
        .Build();

    private static byte[] XmlEntityBomb()
    {
        const string bomb = "<?xml version=\"1.0\"?><!DOCTYPE workbook [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
            + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
            + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">]>"
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&h;</t></si></sst>";
        return RawPackageBuilder.Workbook("Feuil1", RawPackageBuilder.Worksheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"), bomb).Build();
    }

    private static byte[] XmlExternalEntity()
    {
        const string sheet = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData></worksheet>";
        return RawPackageBuilder.Workbook("Feuil1", sheet).Build();
    }

    private static byte[] MissingWorksheetPart()
    {
        var builder = RawPackageBuilder.Workbook([("Structure", RawPackageBuilder.Worksheet(string.Empty))]);
        using var complete = new MemoryStream(builder.Build());
        using var output = new MemoryStream();
        using (var source = new ZipArchive(complete, ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.Where(e => !e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }

    private static byte[] SixThousandRows() => ClosedXmlWorkbooks.Build(workbook =>
    {
        workbook.Worksheets.Add("Structure").Cell(1, 1).Value = "Code structure";
        var sheet = workbook.Worksheets.Add("Rencontres");
        sheet.Cell(1, 1).Value = "Date";
        for (var row = 2; row <= 6_001; row++)
        {
            sheet.Cell(row, 1).Value = row;
        }
    });

    private static byte[] ErrorCells() => RawPackageBuilder.Workbook("Dispositifs", RawPackageBuilder.Worksheet(
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Montant</t></is></c></row>"
        + "<row r=\"2\"><c r=\"A2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c><c r=\"B2\" t=\"e\"><v>#N/A</v></c><c r=\"C2\" t=\"e\"><f>#REF!+1</f><v>#REF!</v></c></row>")).Build();

    private static byte[] FormulaWithoutCachedValue() => RawPackageBuilder.Workbook("Structure", RawPackageBuilder.Worksheet(
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Salariés (personnes)</t></is></c><c r=\"B1\"><f>SUM(B2:B3)</f></c></row>"
        + "<row r=\"2\"><c r=\"B2\"><v>4</v></c></row>")).Build();

    private static byte[] ThreeHundredColumns() => ClosedXmlWorkbooks.Build(workbook =>
    {
        var sheet = workbook.Worksheets.Add("Formations");
        for (var column = 1; column <= 300; column++)
        {
            sheet.Cell(1, column).Value = "Colonne " + column.ToString(System.Globalization.CultureInfo.InvariantCulture);
            sheet.Cell(2, column).Value = column;
        }
    });

    private static byte[] FortyThousandCharacters() => RawPackageBuilder.Workbook("Structure", RawPackageBuilder.Worksheet(
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"),
        RawPackageBuilder.SharedStrings("<t>Nom de la structure</t>", "<t>" + new string('é', 40_000) + "</t>")).Build();

    private static byte[] FormulaInjectionText() => RawPackageBuilder.Workbook("Dispositifs", RawPackageBuilder.Worksheet(
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>+cmd|' /C calc'!A0</t></is></c></row>"),
        RawPackageBuilder.SharedStrings("<t>=HYPERLINK(\"http://x\",\"y\")</t>")).Build();

    private static byte[] MacroEnabledWorkbook() => RawPackageBuilder.Workbook("Structure", RawPackageBuilder.Worksheet(
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Code structure</t></is></c></row>"))
        .Add("xl/vbaProject.bin", CompoundFileBuilder.Build("VBA", "PROJECT"))
        .Build();

    private static byte[] ProtectedWorkbook() => ClosedXmlWorkbooks.Build(workbook =>
    {
        var sheet = workbook.Worksheets.Add("Structure");
        sheet.Cell(1, 1).Value = "Code structure";
        sheet.Cell(1, 2).Value = "59-LIL-001";
        sheet.Protect("secret");
        workbook.Protect("secret");
    });

    private static byte[] FarColumnOnEveryRow()
    {
        var rows = new StringBuilder();
        for (var row = 1; row <= 5_000; row++)
        {
            rows.Append("<row r=\"").Append(row).Append("\"><c r=\"A").Append(row).Append("\"><v>").Append(row)
                .Append("</v></c><c r=\"XFD").Append(row).Append("\" t=\"inlineStr\"><is><t>XFD</t></is></c></row>");
        }

        return RawPackageBuilder.Workbook("Rencontres", RawPackageBuilder.Worksheet(rows.ToString())).Build();
    }

    private static byte[] WithChartsheet()
    {
        var builder = RawPackageBuilder.Workbook([("Données", RawPackageBuilder.Worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"))]);
        using var complete = new MemoryStream(builder.Build());
        using var output = new MemoryStream();
        using (var source = new ZipArchive(complete, ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var from = entry.Open();
                var text = new StreamReader(from).ReadToEnd();
                if (entry.FullName == "xl/workbook.xml")
                {
                    text = text.Replace("</sheets>", "<sheet name=\"Graphique\" sheetId=\"9\" r:id=\"rIdC\"/></sheets>", StringComparison.Ordinal);
                }
                else if (entry.FullName == "xl/_rels/workbook.xml.rels")
                {
                    text = text.Replace("</Relationships>", $"<Relationship Id=\"rIdC\" Type=\"{RawPackageBuilder.RelationshipsNamespace}/chartsheet\" Target=\"chartsheets/sheet1.xml\"/></Relationships>", StringComparison.Ordinal);
                }

                using var to = new StreamWriter(target.CreateEntry(entry.FullName).Open());
                to.Write(text);
            }

            using var chart = new StreamWriter(target.CreateEntry("xl/chartsheets/sheet1.xml").Open());
            chart.Write($"<chartsheet xmlns=\"{RawPackageBuilder.MainNamespace}\"><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews></chartsheet>");
        }

        return output.ToArray();
    }
}
