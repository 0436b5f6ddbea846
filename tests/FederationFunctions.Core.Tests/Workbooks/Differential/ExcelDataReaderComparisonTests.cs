using System.Globalization;
using ClosedXML.Excel;
using FederationFunctions.Core.Workbooks;
using FederationFunctions.Core.Workbooks.Xlsx;
using Xunit.Abstractions;

namespace FederationFunctions.Core.Tests.Workbooks.Differential;

/// <summary>
/// Workbooks written by other producers — ClosedXML, LibreOffice headless (both of its OOXML export filters), the same
/// LibreOffice file turned into Strict OOXML, and raw parts in the shapes issue 14 found, transitional and Strict — read
/// by our reader and by ExcelDataReader 3.6.0: every cell must agree, except the deliberate differences listed in
/// <c>docs/reader.md</c> (<see cref="DeliberateDifference"/>).
/// </summary>
public class ExcelDataReaderComparisonTests(ITestOutputHelper output)
{
    private static readonly Lazy<byte[]> ClosedXmlWorkbook = new(BuildClosedXmlWorkbook);

    public static TheoryData<string> Producers => new()
    {
        "closedxml",
        "libreoffice-excel-2007",
        "libreoffice-office-open-xml",
        "libreoffice-strict",
        "raw-transitional",
        "raw-strict",
    };

    [Theory]
    [MemberData(nameof(Producers))]
    public async Task Workbook_IsReadCellByCellAsExcelDataReaderReadsIt(string producer)
    {
        var transitional = producer switch
        {
            "closedxml" => ClosedXmlWorkbook.Value,
            "libreoffice-excel-2007" or "libreoffice-strict" => LibreOfficeConversion.Convert(ClosedXmlWorkbook.Value, LibreOfficeConversion.ExcelFilter),
            "libreoffice-office-open-xml" => LibreOfficeConversion.Convert(ClosedXmlWorkbook.Value, LibreOfficeConversion.OfficeOpenXmlFilter),
            _ => RawShapes().Build(),
        };

        // ExcelDataReader 3.6.0 does not read Strict namespaces (it gives one unnamed, empty sheet): a Strict workbook is
        // compared with ExcelDataReader's reading of its transitional twin (the same parts, transitional namespaces).
        var ours = await WorkbookReading.ReadSuccessfullyAsync(producer.EndsWith("strict", StringComparison.Ordinal) ? RawPackageBuilder.ToStrict(transitional) : transitional);
        var theirs = ExcelDataReaderSheets.Read(transitional);

        Assert.Equal(theirs.Select(s => s.Name), ours.Sheets.Select(s => s.Name));
        var disagreements = new List<string>();
        var agreed = 0;
        var deliberate = new Dictionary<DeliberateDifference, int>();
        foreach (var (sheet, (name, theirCells)) in ours.Sheets.Zip(theirs))
        {
            var ourCells = sheet.Rows.SelectMany(row => row.Cells.Select((cell, column) => (Key: (row.RowNumber, column), Cell: cell)))
                .Where(pair => pair.Cell.Kind != CellKind.Blank)
                .ToDictionary(pair => pair.Key, pair => pair.Cell);
            foreach (var key in ourCells.Keys.Union(theirCells.Keys).Order())
            {
                var ourCell = ourCells.GetValueOrDefault(key);
                var theirCell = theirCells.GetValueOrDefault(key);
                var verdict = Compare(ourCell, theirCell);
                if (verdict is null)
                {
                    agreed++;
                }
                else if (verdict is DeliberateDifference difference)
                {
                    deliberate[difference] = deliberate.GetValueOrDefault(difference) + 1;
                }
                else
                {
                    disagreements.Add($"{name}!{FederationFunctions.Core.Workbooks.CellReference.Format(key.Item2, key.Item1)}: ours {WorksheetPartReading.Describe(ourCell)}, ExcelDataReader {Describe(theirCell)}");
                }
            }
        }

        output.WriteLine($"{producer}: {agreed} cells agree; deliberate differences: {string.Join(", ", deliberate.Select(pair => $"{pair.Key} {pair.Value}"))}");
        Assert.True(agreed >= 12, $"only {agreed} cells compared");
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} cells differ:\n{string.Join("\n", disagreements)}");
    }

    /// <summary>Null when the two agree, a <see cref="DeliberateDifference"/>, or a description of the disagreement.</summary>
    private static object? Compare(CellValue ours, ExcelDataReaderCell? theirs)
    {
        switch (ours.Kind)
        {
            case CellKind.Error when theirs is null:
                return DeliberateDifference.ErrorCell;
            case CellKind.FormulaWithoutValue when theirs is null:
                return DeliberateDifference.FormulaWithoutCachedValue;
            case CellKind.Blank when theirs?.Value is string text && string.IsNullOrWhiteSpace(text):
                return DeliberateDifference.BlankNotEmptyText;
            case CellKind.Blank:
                return theirs is null ? null : "missing";
            case CellKind.Text:
                return theirs?.Value is string theirText && theirText == ours.Text ? null : "text";
            case CellKind.Boolean:
                return theirs?.Value is bool flag && flag == (ours.Number != 0) ? null : "boolean";
            case CellKind.Number when ours.IsDateFormatted && IsElapsedFormat(theirs?.NumberFormat):
                return DeliberateDifference.ElapsedTimeFormat;
            case CellKind.Number when ours.IsDateFormatted && theirs?.Value is string iso && IsoDateSerial.TryParse(iso, out var serial) && serial == ours.Number:
                return DeliberateDifference.IsoDateTimeAsText;
            case CellKind.Number when ours.IsDateFormatted:
                return theirs?.Value is DateTime date && Math.Abs((date - ExcelDate(ours.Number)).TotalMilliseconds) < 1 ? null
                    : ours.Number == 60 ? DeliberateDifference.FictitiousLeapDay
                    : "date";
            case CellKind.Number:
                return theirs?.Value is double number && number.Equals(ours.Number) ? null : "number";
            default:
                return "kind";
        }
    }

    /// <summary>The date Excel shows for a serial of its 1900 system (serials below 61 are one day later than an OLE date).</summary>
    private static DateTime ExcelDate(double serial) => serial < 61 ? new DateTime(1899, 12, 31, 0, 0, 0, DateTimeKind.Unspecified).AddDays(serial) : DateTime.FromOADate(serial);

    private static bool IsElapsedFormat(string? format) => format is not null
        && (format.Contains("[h", StringComparison.OrdinalIgnoreCase) || format.Contains("[m", StringComparison.OrdinalIgnoreCase) || format.Contains("[s", StringComparison.OrdinalIgnoreCase));

    private static string Describe(ExcelDataReaderCell? cell) => cell is null
        ? "null"
        : string.Create(CultureInfo.InvariantCulture, $"{cell.Value.GetType().Name} {cell.Value} (format {cell.NumberFormat})");

    private static byte[] BuildClosedXmlWorkbook() => ClosedXmlWorkbooks.Build(workbook =>
    {
        var structure = workbook.AddWorksheet("Structure");
        structure.Cell(1, 1).Value = "Code structure";
        structure.Cell(1, 2).Value = "59-LIL-001";
        structure.Cell(2, 1).Value = "Nom";
        structure.Cell(2, 2).Value = "Centre social « Lévêque » & Cie";
        structure.Cell(4, 1).Value = "Salariés";
        structure.Cell(4, 2).Value = 12;
        structure.Cell(5, 1).Value = "Budget";
        structure.Cell(5, 2).Value = 12_345.67;
        structure.Cell(6, 2).Value = new DateTime(2025, 3, 14, 0, 0, 0, DateTimeKind.Unspecified);
        structure.Cell(6, 2).Style.NumberFormat.Format = "dd/mm/yyyy";
        structure.Cell(7, 2).Value = new DateTime(2025, 3, 14, 10, 30, 0, DateTimeKind.Unspecified);
        structure.Cell(7, 2).Style.NumberFormat.Format = "dd/mm/yyyy hh:mm";
        structure.Cell(8, 2).Value = 0.4375;
        structure.Cell(8, 2).Style.NumberFormat.Format = "hh:mm";
        structure.Cell(9, 2).Value = 1.5;
        structure.Cell(9, 2).Style.NumberFormat.Format = "[h]:mm";
        structure.Cell(10, 2).Value = true;
        structure.Cell(10, 3).Value = false;
        structure.Cell(11, 2).Value = "   ";
        structure.Cell(11, 3).Value = "après un blanc";
        structure.Cell(12, 2).FormulaA1 = "B4*2";
        structure.Cell(13, 2).FormulaA1 = "1/0";
        structure.Cell(14, 2).Value = -3.25;
        structure.Cell(15, 2).Value = 1e-7;
        structure.Cell(16, 2).Value = "Ligne 1\nLigne 2";
        structure.Cell(17, 2).Value = 45_000;
        structure.Cell(17, 2).Style.NumberFormat.NumberFormatId = 14;
        structure.Cell(30, 5).Value = "loin";

        var rencontres = workbook.AddWorksheet("Rencontres");
        string[] headers = ["Date", "Code", "Libellé", "Participants", "Durée (h)", "Partenaire"];
        for (var column = 0; column < headers.Length; column++)
        {
            rencontres.Cell(1, column + 1).Value = headers[column];
        }

        for (var row = 2; row <= 40; row++)
        {
            rencontres.Cell(row, 1).Value = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Unspecified).AddDays(row * 7);
            rencontres.Cell(row, 1).Style.NumberFormat.Format = "dd/mm/yyyy";
            rencontres.Cell(row, 2).Value = $"AG-{row:000}";
            rencontres.Cell(row, 3).Value = row % 5 == 0 ? "Assemblée générale" : "Réunion d'équipe";
            rencontres.Cell(row, 4).Value = row * 3;
            rencontres.Cell(row, 5).Value = row / 4.0;
            if (row % 3 == 0)
            {
                rencontres.Cell(row, 6).Value = "Mairie";
            }
        }
    });

    /// <summary>Raw parts: conditional-format number formats, ISO dates, white space, errors, lower-case references, shared and inline strings.</summary>
    private static RawPackageBuilder RawShapes()
    {
        var styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + RawPackageBuilder.MainNamespace + "\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.00\"/></numFmts>"
            + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs>"
            + "<dxfs count=\"2\"><dxf><numFmt numFmtId=\"14\" formatCode=\"0.00%\"/></dxf><dxf><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></dxf></dxfs></styleSheet>";
        var rows = new System.Text.StringBuilder();
        rows.Append("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"inlineStr\"><is><t>en ligne</t></is></c></row>");
        rows.Append("<row r=\"2\"><c r=\"A2\" s=\"1\"><v>42062</v></c><c r=\"B2\" s=\"2\"><v>42062</v></c><c r=\"C2\" s=\"1\"><v>45000.5</v></c></row>");
        rows.Append("<row r=\"3\"><c r=\"A3\" t=\"d\" s=\"1\"><v>2015-02-27</v></c><c r=\"B3\" t=\"d\" s=\"1\"><v>2015-02-27T10:30:00</v></c><c r=\"C3\" t=\"d\" s=\"1\"><v>2024-12-31T23:59:59</v></c></row>");
        rows.Append("<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t xml:space=\"preserve\">    </t></is></c><c r=\"B4\"><v>4</v></c><c r=\"C4\" t=\"e\"><v>#N/A</v></c><c r=\"D4\"><f>B4*2</f></c></row>");
        rows.Append("<row r=\"5\"><c r=\"a5\"><v>5</v></c><c r=\"b5\" t=\"b\"><v>1</v></c><c r=\"c5\" t=\"str\"><v>texte de formule</v></c></row>");
        rows.Append("<row r=\"6\"><c r=\"A6\" t=\"d\" s=\"1\"><v>1900-01-01</v></c><c r=\"B6\" t=\"d\" s=\"1\"><v>1899-12-31</v></c><c r=\"C6\" t=\"d\" s=\"1\"><v>1900-03-01</v></c>")
            .Append("<c r=\"D6\" t=\"d\" s=\"1\"><v>10:59:59.9999999999984025</v></c></row>");
        rows.Append("<row r=\"7\"><c r=\"A7\"><v>-0.125</v></c><c r=\"B7\"><v>1.5E-3</v></c><c r=\"C7\" t=\"s\"><v>2</v></c></row>");
        return RawPackageBuilder.Workbook(
            "Feuil1",
            RawPackageBuilder.Worksheet(rows.ToString()),
            RawPackageBuilder.SharedStrings("<t>Code</t>", "<r><t>Centre </t></r><r><t>social</t></r>", "<t>Lille &amp; Roubaix</t>"),
            styles);
    }
}

/// <summary>Where our reader reads a cell differently from ExcelDataReader on purpose (each explained in <c>docs/reader.md</c>).</summary>
public enum DeliberateDifference
{
    /// <summary>An error cell (<c>#DIV/0!</c>, <c>#N/A</c>): ours is an error with its code, ExcelDataReader gives nothing.</summary>
    ErrorCell,

    /// <summary>A formula saved without its result: ours says so (with the formula), ExcelDataReader gives nothing.</summary>
    FormulaWithoutCachedValue,

    /// <summary>Text that is empty or white space only: blank for us (the spec's "blank"), a string for ExcelDataReader.</summary>
    BlankNotEmptyText,

    /// <summary>A duration format (<c>[h]:mm</c>): a date-formatted number for us, as Excel stores it.</summary>
    ElapsedTimeFormat,

    /// <summary>A <c>t="d"</c> date-time or time (ISO 8601 with a time): a date serial for us, the text for ExcelDataReader.</summary>
    IsoDateTimeAsText,

    /// <summary>Serial 60, Excel's 1900-02-29, which no <see cref="DateTime"/> can hold.</summary>
    FictitiousLeapDay,
}
