using System.Globalization;
using System.Text;

namespace FederationFunctions.Core.Tests.Workbooks;

/// <summary>What the XmlReader parser gives for a case: the case checks it, so that each one tests what it says it tests.</summary>
internal enum XmlReaderOutcome
{
    /// <summary>A result (possibly not a worksheet, or too many rows).</summary>
    Result,

    /// <summary>An <see cref="System.Xml.XmlException"/>: the XmlReader rejects the bytes.</summary>
    NotWellFormed,

    /// <summary>An <see cref="InvalidDataException"/>: well-formed, but a cell cannot be read or elements nest too deep.</summary>
    SemanticError,
}

/// <summary>One worksheet part, the settings it is read with, and what the XmlReader parser gives for it.</summary>
internal sealed record WorksheetCase(string Name, byte[] Bytes, WorksheetParseSettings Settings, XmlReaderOutcome Expected);

/// <summary>
/// Worksheet parts for the tests of <see cref="FederationFunctions.Core.Workbooks.Xlsx.WorksheetPartParser"/>, each with the
/// outcome it must give:
/// <list type="bullet">
/// <item><see cref="ProducerShapes"/>: what spreadsheet producers write;</item>
/// <item><see cref="UnusualValues"/>: well-formed UTF-8 parts whose cell values hit the decoder's corner cases;</item>
/// <item><see cref="UnusualXmlOrRejected"/>: other encodings, CDATA, comments, XML that is not well formed, semantic errors,
/// namespace and attribute oddities.</item>
/// </list>
/// </summary>
internal static class WorksheetXmlCases
{
    public const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

    private static readonly Lazy<IReadOnlyDictionary<string, WorksheetCase>> ProducerShapeCases = new(() => Index(BuildProducerShapes()));
    private static readonly Lazy<IReadOnlyDictionary<string, WorksheetCase>> UnusualValueCases = new(() => Index(BuildUnusualValues()));
    private static readonly Lazy<IReadOnlyDictionary<string, WorksheetCase>> UnusualXmlOrRejectedCases = new(() => Index(BuildUnusualXmlOrRejected()));

    public static IReadOnlyDictionary<string, WorksheetCase> ProducerShapes => ProducerShapeCases.Value;

    public static IReadOnlyDictionary<string, WorksheetCase> UnusualValues => UnusualValueCases.Value;

    public static IReadOnlyDictionary<string, WorksheetCase> UnusualXmlOrRejected => UnusualXmlOrRejectedCases.Value;

    public static WorksheetCase Get(string name) =>
        ProducerShapes.TryGetValue(name, out var shape) ? shape
        : UnusualValues.TryGetValue(name, out var unusual) ? unusual
        : UnusualXmlOrRejected[name];

    public static TheoryData<string> ProducerShapeNames() => Names(ProducerShapes);

    public static TheoryData<string> UnusualValueNames() => Names(UnusualValues);

    public static TheoryData<string> UnusualXmlOrRejectedNames() => Names(UnusualXmlOrRejected);

    public static TheoryData<string> AllNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in ProducerShapes.Keys.Concat(UnusualValues.Keys).Concat(UnusualXmlOrRejected.Keys))
        {
            data.Add(name);
        }

        return data;
    }

    /// <summary>Small producer-shaped parts (a few KB) to mutate in the fuzzer.</summary>
    public static IReadOnlyList<WorksheetCase> FuzzSeeds() =>
    [
        ProducerShapes["excel"],
        ProducerShapes["libreoffice"],
        ProducerShapes["closedxml"],
        ProducerShapes["prefixed_spreadsheetml"],
        ProducerShapes["single_quoted_attributes"],
        ProducerShapes["whitespace_crlf_and_tabs"],
        ProducerShapes["entity_and_character_references"],
        ProducerShapes["non_ascii_text"],
        ProducerShapes["positional_cells_and_rows"],
        UnusualValues["inline_string_runs"],
        UnusualValues["number_forms"],
        ProducerShapes["row_limit_passed"],
    ];

    /// <summary>A worksheet in the main namespace: the inner XML of <c>sheetData</c>, then what follows it.</summary>
    public static string Worksheet(string rows, string afterSheetData = "") =>
        $"{Declaration}<worksheet xmlns=\"{MainNamespace}\" xmlns:r=\"{RelationshipsNamespace}\"><sheetData>{rows}</sheetData>{afterSheetData}</worksheet>";

    /// <summary>UTF-8 bytes of strings, raw byte arrays and single bytes, in order.</summary>
    public static byte[] Bytes(params object[] parts)
    {
        var bytes = new List<byte>();
        foreach (var part in parts)
        {
            switch (part)
            {
                case string text:
                    bytes.AddRange(Encoding.UTF8.GetBytes(text));
                    break;
                case byte[] raw:
                    bytes.AddRange(raw);
                    break;
                case byte single:
                    bytes.Add(single);
                    break;
                default:
                    throw new ArgumentException($"Unexpected part {part}.", nameof(parts));
            }
        }

        return [.. bytes];
    }

    private static TheoryData<string> Names(IReadOnlyDictionary<string, WorksheetCase> cases)
    {
        var data = new TheoryData<string>();
        foreach (var name in cases.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    private static Dictionary<string, WorksheetCase> Index(IEnumerable<WorksheetCase> cases) =>
        cases.ToDictionary(c => c.Name, StringComparer.Ordinal);

    private static WorksheetCase Case(string name, string xml, XmlReaderOutcome expected = XmlReaderOutcome.Result, WorksheetParseSettings? settings = null) =>
        new(name, Encoding.UTF8.GetBytes(xml), settings ?? WorksheetParseSettings.Default, expected);

    private static WorksheetCase Case(string name, byte[] bytes, XmlReaderOutcome expected = XmlReaderOutcome.Result, WorksheetParseSettings? settings = null) =>
        new(name, bytes, settings ?? WorksheetParseSettings.Default, expected);

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static IEnumerable<WorksheetCase> BuildProducerShapes()
    {
        yield return Case("excel", Excel);
        yield return Case("libreoffice", LibreOffice);
        yield return Case("closedxml", ClosedXml);
        yield return Case("prefixed_spreadsheetml", Prefixed);
        yield return Case("utf8_bom", Bytes(Bom, Excel));
        yield return Case("utf8_bom_without_declaration", Bytes(Bom, $"<worksheet xmlns=\"{MainNamespace}\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>"));
        yield return Case("no_declaration_no_namespace", "<worksheet><sheetData><row><c><v>1</v></c><c t=\"inlineStr\"><is><t>a</t></is></c></row></sheetData></worksheet>");
        yield return Case("declaration_without_encoding", $"<?xml version=\"1.0\"?>\n<worksheet xmlns=\"{MainNamespace}\"><sheetData><row r=\"2\"><c r=\"B2\"><v>2</v></c></row></sheetData></worksheet>\n");
        yield return Case("declaration_lowercase_utf8_spaced", $"<?xml  version = '1.0'  encoding = 'utf-8' ?><worksheet xmlns=\"{MainNamespace}\"><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData></worksheet>");
        yield return Case("single_quoted_attributes", SingleQuoted);
        yield return Case("whitespace_crlf_and_tabs", WhitespaceEverywhere);
        yield return Case("lone_cr_line_ends", Worksheet(
            "\r<row r=\"1\">\r<c r=\"A1\" t=\"inlineStr\"><is><t>a\rb\r\rc\r</t></is></c>\r<c r=\"B1\" t=\"str\"><v>x\r\ny\n\rz</v></c></row>\r",
            "\r<mergeCells count=\"1\"><mergeCell ref=\"A2:\rB2\"/></mergeCells>\r"));
        yield return Case("entity_and_character_references", EntitiesAndReferences);
        yield return Case("non_ascii_text", NonAsciiText);
        yield return Case("positional_cells_and_rows", Worksheet(
            "<row><c><v>1</v></c><c r=\"D1\"><v>2</v></c><c><v>3</v></c></row>"
            + "<row><c t=\"s\"><v>0</v></c></row>"
            + "<row r=\"5\"><c r=\"C9\"><v>5</v></c><c><v>6</v></c></row>"
            + "<row><c r=\"B1\"/><c><v>7</v></c><c r=\"not a reference\"><v>8</v></c><c r=\"A0\"><v>9</v></c><c r=\"XFE1\"><v>10</v></c><c r=\"$B$7\"><v>11</v></c><c r=\"c1\"><v>12</v></c><c r=\"A1:B2\"><v>13</v></c></row>"
            + "<row r=\"0\"><c><v>14</v></c></row><row r=\"1048577\"><c><v>15</v></c></row><row r=\"01\"><c><v>16</v></c></row><row r=\"+3\"><c><v>17</v></c></row><row r=\"\"><c><v>18</v></c></row>"));
        yield return Case("rows_out_of_order", Worksheet(
            "<row r=\"3\"><c r=\"A3\"><v>3</v></c></row><row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"/>"
            + "<row r=\"2\"><c r=\"A2\"><v>2</v></c></row><row r=\"1\"><c r=\"B1\"><v>1.5</v></c></row><row><c t=\"str\"><v>after the second row 1</v></c></row>"));
        yield return Case("rows_given_twice_in_order", Worksheet(
            "<row r=\"1\"><c><v>1</v></c></row><row r=\"2\"><c><v>2</v></c></row><row r=\"2\"><c r=\"B2\"><v>3</v></c></row><row r=\"4\"><c><v>4</v></c></row>"));
        yield return Case("duplicate_columns", Worksheet(
            "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"A1\"><v>2</v></c><c r=\"B1\"><v>3</v></c><c r=\"B1\"/><c r=\"C1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>2</v></c></row>"
            + "<row r=\"2\"><c r=\"XFD2\"><v>1</v></c><c r=\"A2\"><v>2</v></c><c r=\"XFD2\"><v>3</v></c><c r=\"M2\"><v>4</v></c></row>"
            + "<row r=\"3\"><c r=\"D3\"><v>1</v></c><c r=\"B3\"><v>2</v></c><c r=\"D3\" t=\"inlineStr\"><is><t> </t></is></c></row>"));
        yield return Case("sparse_rows", Worksheet(
            "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"XFD1\"><v>2</v></c></row>"
            + "<row r=\"2\"><c r=\"XFD2\" t=\"s\"><v>1</v></c></row>"
            + "<row r=\"3\"><c r=\"C3\"><v>3</v></c><c r=\"XFD3\"/><c r=\"XFC3\" t=\"s\"><v>3</v></c></row>"
            + "<row r=\"4\"><c r=\"B4\" t=\"s\"><v>3</v></c></row>"
            + "<row r=\"5\"><c r=\"A5\" t=\"s\"><v>3</v></c><c r=\"AA5\"><v>5</v></c><c r=\"ZZ5\"><v>6</v></c><c r=\"XFD5\"><v>7</v></c></row>"));
        yield return Case("empty_rows", Worksheet(
            "<row r=\"1\"/><row r=\"2\"></row><row r=\"3\"><c r=\"A3\"/><c r=\"B3\" s=\"1\"/></row><row r=\"4\"><c r=\"A4\" t=\"s\"><v>2</v></c></row>"
            + "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t xml:space=\"preserve\">   </t></is></c></row><row r=\"6\"><c r=\"A6\"><v>6</v></c></row><row r=\"7\"/>"));
        yield return Case("merge_cells", Worksheet(
            "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>",
            "<mergeCells count=\"6\"><mergeCell ref=\"A1:B2\"/><mergeCell ref=\" c3:d4 \"/><mergeCell ref=\"\"/><mergeCell ref=\"   \"/><mergeCell/>"
            + "<mergeCell ref=\"E5:F6\"><extLst/></mergeCell><mergeCell ref=\"$g$7:$h$8\"></mergeCell></mergeCells>"));
        yield return Case("merge_cells_before_sheet_data", $"{Declaration}<worksheet xmlns=\"{MainNamespace}\"><mergeCells><mergeCell ref=\"A1:C1\"/></mergeCells><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData><mergeCells><mergeCell ref=\"A2:C2\"/></mergeCells></worksheet>");
        yield return Case("skipped_sections", SkippedSections);
        yield return Case("cell_nested_in_unknown_element", Worksheet(
            "<row r=\"1\"><x14:wrapper xmlns:x14=\"urn:x14\"><c r=\"B1\"><v>5</v></c><deeper><c><v>6</v></c></deeper></x14:wrapper><c><v>7</v></c><c r=\"E1\"><c r=\"F1\"><v>8</v></c><v>9</v></c></row>"
            + "<row r=\"2\"><row r=\"7\"><c><v>10</v></c></row><c><v>11</v></c></row>"));
        yield return Case("date_1904", Excel, settings: WorksheetParseSettings.Default with { DateSerialOffset = 1462 });
        yield return Case("date_1904_values", Worksheet(
            "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c><c r=\"B1\" s=\"1\" t=\"n\"><v>43000.5</v></c><c r=\"C1\" s=\"0\"><v>43000.5</v></c><c r=\"D1\" s=\"1\" t=\"d\"><v>2024-01-02</v></c>"
            + "<c r=\"E1\" s=\"1\" t=\"s\"><v>1</v></c><c r=\"F1\" s=\"3\"><f>NOW()</f><v>0.25</v></c><c r=\"G1\" s=\"1\"><f>A1</f></c><c r=\"H1\" s=\"1\"><v>-1</v></c></row>"),
            settings: WorksheetParseSettings.Default with { DateSerialOffset = 1462 });
        yield return Case("date_styles", Worksheet(
            "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45000</v></c><c r=\"B1\" s=\"01\"><v>45000</v></c><c r=\"C1\" s=\"2\"><v>45000</v></c><c r=\"D1\" s=\"3\"><v>0.5</v></c>"
            + "<c r=\"E1\" s=\"5\"><v>45000</v></c><c r=\"F1\" s=\"99999999999\"><v>45000</v></c><c r=\"G1\" s=\"-1\"><v>45000</v></c><c r=\"H1\" s=\"\"><v>45000</v></c>"
            + "<c r=\"I1\" s=\"1\" t=\"b\"><v>1</v></c><c r=\"J1\" s=\"1\" t=\"str\"><v>45000</v></c><c r=\"K1\" s=\"1\" t=\"e\"><v>#VALUE!</v></c><c r=\"L1\" t=\"n\" s=\"1\"><v>45000</v></c><c r=\"M1\" s=\"+1\"><v>45000</v></c></row>"));
        yield return Case("date_styles_absent", Worksheet("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45000</v></c><c r=\"B1\" s=\"3\"><v>0.5</v></c></row>"), settings: WorksheetParseSettings.WithoutDateFormats);
        yield return Case("row_limit_passed", RowLimit, settings: WorksheetParseSettings.Default with { MaxNonBlankRows = 3 });
        yield return Case("row_limit_reached_not_passed", RowLimit, settings: WorksheetParseSettings.Default with { MaxNonBlankRows = 4 });
        yield return Case("row_limit_zero", Worksheet("<row r=\"1\"/><row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c></row><row r=\"3\"><c><v>1</v></c></row>"), settings: WorksheetParseSettings.Default with { MaxNonBlankRows = 0 });
        yield return Case("chartsheet_root", $"{Declaration}<chartsheet xmlns=\"{MainNamespace}\" xmlns:r=\"{RelationshipsNamespace}\"><sheetPr/><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews><drawing r:id=\"rId1\"/></chartsheet>");
        yield return Case("dialogsheet_root", $"{Declaration}<dialogsheet xmlns=\"{MainNamespace}\"><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData></dialogsheet>");
        yield return Case("macrosheet_root_prefixed", $"<xm:macrosheet xmlns:xm=\"http://schemas.microsoft.com/office/excel/2006/main\"><xm:sheetData/></xm:macrosheet>");
        yield return Case("worksheet_root_capitalized", $"<Worksheet xmlns=\"{MainNamespace}\"><sheetData><row><c><v>1</v></c></row></sheetData></Worksheet>");
        yield return Case("empty_worksheet", $"<worksheet xmlns=\"{MainNamespace}\"/>");
        yield return Case("empty_sheet_data", $"{Declaration}<worksheet xmlns=\"{MainNamespace}\"><dimension ref=\"A1\"/><sheetData/><mergeCells/></worksheet>");
        yield return Case("long_inline_string", LongInlineString);
        yield return Case("long_attribute_values", LongAttributeValues);
        yield return Case("many_rows", ManyRows(20_000), settings: WorksheetParseSettings.Default with { MaxNonBlankRows = 20_010 });
    }

    private static IEnumerable<WorksheetCase> BuildUnusualValues()
    {
        yield return Case("number_forms", Worksheet(
            "<row r=\"1\"><c><v>-0</v></c><c><v>0</v></c><c><v>007</v></c><c><v>1.</v></c><c><v>.5</v></c><c><v>-.5</v></c><c><v>+3</v></c><c><v>  12  </v></c>"
            + "<c><v>1e3</v></c><c><v>1E-3</v></c><c><v>-1.5e-10</v></c><c><v>1.7976931348623157E+308</v></c><c><v>4.9E-324</v></c><c><v>1e-400</v></c>"
            + "<c><v>0.30000000000000004</v></c><c><v>0.1</v></c><c><v>999999999999999</v></c><c><v>9999999999999999</v></c><c><v>123456789012345678901234567890</v></c>"
            + "<c><v>0.000000000000000000001</v></c><c><v>3.14159265358979323846</v></c><c><v>-0.0</v></c><c t=\"n\"><v>\t42\n</v></c><c><v>1E+2</v></c><c><v>2.5E0</v></c></row>"));
        yield return Case("blank_values", Worksheet(
            "<row r=\"1\"><c r=\"A1\"><v></v></c><c r=\"B1\"><v/></c><c r=\"C1\"><v>   </v></c><c r=\"D1\"><f>A1</f><v/></c><c r=\"E1\"><f>A1</f><v> </v></c>"
            + "<c r=\"F1\" t=\"str\"><v></v></c><c r=\"G1\" t=\"str\"><f>\"\"</f><v></v></c><c r=\"H1\" t=\"s\"><v>2</v></c><c r=\"I1\"><f/></c><c r=\"J1\"><f></f><v/></c><c r=\"K1\"><v>1</v></c></row>"));
        yield return Case("booleans_and_errors", Worksheet(
            "<row r=\"1\"><c t=\"b\"><v>1</v></c><c t=\"b\"><v> 1 </v></c><c t=\"b\"><v>true</v></c><c t=\"b\"><v>TRUE</v></c><c t=\"b\"><v>True</v></c><c t=\"b\"><v>tRUE</v></c>"
            + "<c t=\"b\"><v>2</v></c><c t=\"b\"><v>0</v></c><c t=\"b\"><v/></c><c t=\"b\"/><c t=\"b\"><f>TRUE()</f></c>"
            + "<c t=\"e\"><v>#N/A</v></c><c t=\"e\"><v> #REF! </v></c><c t=\"e\"><v/></c><c t=\"e\"><v>not an error code</v></c><c t=\"e\"/></row>"));
        yield return Case("iso_dates", Worksheet(
            "<row r=\"1\"><c t=\"d\"><v>2024-03-15</v></c><c t=\"d\"><v>2024-03-15T13:45:30</v></c><c t=\"d\"><v>2024-03-15T13:45:30.123</v></c><c t=\"d\"><v>2024-03-15T13:45:30Z</v></c>"
            + "<c t=\"d\"><v>2024-03-15T13:45:30+02:00</v></c><c t=\"d\"><v> 2024-03-15 </v></c><c t=\"d\"><v>12:30</v></c><c t=\"d\"><v>12:30:15</v></c><c t=\"d\"><v>23:59:59.9999999</v></c>"
            + "<c t=\"d\"><v>24:00</v></c><c t=\"d\"><v>1899-12-31</v></c><c t=\"d\"><v>1900-02-28</v></c><c t=\"d\"><v>1900-03-01</v></c><c t=\"d\"><v>9999-12-31T23:59:59</v></c>"
            + "<c t=\"d\"><v>not a date</v></c><c t=\"d\"><v/></c><c t=\"d\" s=\"1\"><v>2024-01-01</v></c><c t=\"d\"><v>15/03/2024</v></c></row>"));
        yield return Case("inline_string_runs", Worksheet(
            "<row r=\"1\"><c t=\"inlineStr\"><is><t>a</t></is></c><c t=\"inlineStr\"><is><r><rPr><b/><t>in rPr</t></rPr><t xml:space=\"preserve\">Centre </t></r><r><t>social</t></r><rPh sb=\"0\" eb=\"1\"><t>セ</t></rPh><phoneticPr fontId=\"1\"/></is></c>"
            + "<c t=\"inlineStr\"><is><t>_x00</t><r><t>41_</t></r></is></c><c t=\"inlineStr\"><is>stray text<t>kept</t> more stray</is></c><c t=\"inlineStr\"><is><other><t>deep</t></other></is></c>"
            + "<c t=\"inlineStr\"><is/></c><c t=\"inlineStr\"><is><t/></is></c><c t=\"inlineStr\"/><c t=\"inlineStr\"><v>from v_x0041_</v></c><c t=\"inlineStr\"><is><t>is wins</t></is><v>v loses</v></c>"
            + "<c><is><t>no type</t></is></c><c t=\"s\"><is><t>shared without value</t></is></c><c t=\"str\"><is><t>str without value</t></is></c><c t=\"q\"><is><t>unknown type without value</t></is></c>"
            + "<c t=\"inlineStr\"><is><t>first</t></is><is><t>second</t></is></c><c t=\"inlineStr\"><is><t>a<b>nested</b>c</t></is></c><c t=\"inlineStr\"><is><t>_x005F_x0041_ _x000d_ _x00e9_ _xD83D__xDE00_ _x12_ _xZZZZ_</t></is></c></row>"));
        yield return Case("excel_escapes", Worksheet(
            "<row r=\"1\"><c t=\"str\"><v>a_x000D__x000A_b</v></c><c t=\"str\"><f>x</f><v>_x0009_tab</v></c><c t=\"e\"><v>_x0041_</v></c><c t=\"inlineStr\"><is><t>_x0001_</t></is></c>"
            + "<c t=\"d\"><v>_x0032_024-01-01</v></c><c><f>\"_x0041_\"</f></c><c t=\"s\"><v>5</v></c><c t=\"inlineStr\"><is><t>_x</t></is></c><c t=\"inlineStr\"><is><t>_x0041</t></is></c></row>"));
        yield return Case("formulas", Worksheet(
            "<row r=\"1\"><c><f>SUM(A2:A9)</f></c><c><f t=\"shared\" ref=\"B1:B3\" si=\"0\">A1*2</f></c><c><f t=\"shared\" si=\"0\"/></c><c><f t=\"array\" ref=\"D1\">{1,2}</f><v>1</v></c>"
            + "<c t=\"str\"><f>A1&amp;\"x\"</f></c><c><f>  spaced  </f></c><c><f>first</f><f>second</f></c><c><v>1</v><v>2</v></c><c><v>1</v><f>after value</f></c></row>"));
        yield return Case("shared_string_indexes", Worksheet(
            "<row r=\"1\"><c t=\"s\"><v>0</v></c><c t=\"s\"><v> 1 </v></c><c t=\"s\"><v>007</v></c><c t=\"s\"><v>4</v></c><c t=\"s\"><v>5</v></c><c t=\"s\"><v>6</v></c><c t=\"s\"><v>3</v></c></row>"));
        yield return Case("unknown_children_of_cell", Worksheet(
            "<row r=\"1\"><c r=\"A1\"><extLst><v>99</v><f>no</f></extLst><v>1</v></c><c r=\"B1\">stray<v>2</v>text</c><c r=\"C1\"><c><v>3</v></c></c><c r=\"D1\"><is><t>x</t></is><v>4</v></c></row>"));
        yield return Case("other_attributes_on_cells", Worksheet(
            "<row r=\"1\" spans=\"1:2\" ht=\"15\" customHeight=\"1\" s=\"1\" t=\"ignored\"><c r=\"A1\" cm=\"1\" vm=\"1\" ph=\"1\"><v>1</v></c><c t=\"s\" r=\"B1\" s=\"1\"><v>0</v></c>"
            + "<c s=\"1\" r=\"C1\"><v>45000</v></c><c xml:space=\"preserve\" r=\"D1\"><v> 4 </v></c></row>"));
        // Nested up to SecureXml.MaxElementDepth (64, the root at 0): worksheet, sheetData, row, 60 n, c (63), v (64).
        yield return Case("deep_unknown_nesting", Worksheet(
            "<row r=\"1\">" + string.Concat(Enumerable.Repeat("<n>", 60)) + "<c><v>1</v></c>" + string.Concat(Enumerable.Repeat("</n>", 60)) + "<c><v>2</v></c></row>",
            "<extLst>" + string.Concat(Enumerable.Repeat("<e>", 62)) + "text" + string.Concat(Enumerable.Repeat("</e>", 62)) + "</extLst>"));
        yield return Case("row_of_white_space_only", Worksheet(
            "<row r=\"1\"><c t=\"inlineStr\"><is><t xml:space=\"preserve\"> </t></is></c><c t=\"s\"><v>3</v></c></row><row r=\"2\"><c t=\"s\"><v>3</v></c><c><v>1</v></c></row>"
            + "<row r=\"3\"><c r=\"A3\"><v>1</v></c><c r=\"XFD3\" t=\"s\"><v>3</v></c></row><row r=\"4\"><c r=\"XFD4\" t=\"s\"><v>3</v></c><c r=\"A4\"><v>1</v></c></row>"),
            settings: WorksheetParseSettings.Default with { MaxNonBlankRows = 3 });
        yield return Case("rows_and_cells_outside_sheet_data", $"<worksheet><row r=\"2\"><c><v>1</v></c></row><mergeCells><row r=\"3\"><c><v>2</v></c></row><mergeCell ref=\"a1:b1\"/></mergeCells>"
            + "<sheetData><sheetData><row r=\"4\"><c><v>3</v></c></row></sheetData><mergeCell ref=\"c1:d1\"/></sheetData><other><row r=\"9\"><c><v>4</v></c></row></other><c><v>5</v></c></worksheet>");
        yield return Case("names_close_to_known_names", Worksheet(
            "<row r=\"1\"><cc><v>1</v></cc><c><vv>2</vv><v>3</v></c><C><v>4</v></C><c><V>5</V></c><c><v.>6</v.><is2><t>x</t></is2><f2>y</f2></c>"
            + "<c t=\"inlineStr\"><is><tt>no</tt><t>yes</t><rPhX><t>+kept</t></rPhX><rPr2><t>+kept too</t></rPr2><T>no</T></is></c>"
            + "<c R=\"K1\" T=\"s\" S=\"1\" rr=\"L1\" tt=\"s\" ss=\"1\" r.=\"M1\"><v>45000</v></c><r><v>7</v></r><c-1><c><v>8</v></c></c-1></row>"
            + "<rows r=\"5\"><c><v>9</v></c></rows><row-x r=\"6\"><c><v>10</v></c></row-x><Row r=\"7\"><c><v>11</v></c></Row><row R=\"8\" rr=\"9\"><c><v>12</v></c></row>",
            "<mergeCellsX><mergeCell ref=\"A1:A2\"/></mergeCellsX><mergeCells><mergeCellX ref=\"B1:B2\"/><mergeCell refs=\"C1:C2\" REF=\"D1:D2\" ref2=\"E1:E2\"/><MergeCell ref=\"F1:F2\"/></mergeCells>"
            + "<sheetDataX><row><c><v>13</v></c></row></sheetDataX><sheetdata><row><c><v>14</v></c></row></sheetdata>"));
        yield return Case("mixed_content_values", Worksheet(
            "<row r=\"1\"><c><v>1<x>2</x>3</v></c><c><v> <x/> 4</v></c><c><v><x>5</x></v></c><c><v>6<v>7</v></v></c><c><f>A<b/>1</f></c><c t=\"str\"><v>a<x>b<y>c</y></x>d</v></c>"
            + "<c t=\"inlineStr\"><is><t>a<r><t>b</t></r>c</t></is></c><c t=\"inlineStr\"><is><r><t>a</t><t>b</t></r></is></c><c t=\"inlineStr\"><is><t>a</t>text<r>x<t>b</t></r></is></c>"
            + "<c t=\"inlineStr\"><is><t>a<rPh>b</rPh>c</t></is></c><c t=\"inlineStr\"><is><t> </t><t>x</t><t> </t></is></c></row>"));
        yield return Case("carriage_returns_next_to_references", Worksheet(
            "<row r=\"1\"><c t=\"inlineStr\"><is><t>a\r&#10;b\r&#13;c&#13;\nd\r\n&#13;&#10;e\r</t></is></c><c t=\"str\"><v>\r\r\n\n\r</v></c></row>",
            "<mergeCells><mergeCell ref=\"A1\r&#10;:B2\r\n&#13;\"/></mergeCells>"));
        yield return Case("attribute_values_with_markup_characters", Worksheet(
            "<row r=\"1\" x=\"/>\" y='/row>'><c r=\"B1\" x=\"/>\" y='/c> />' z=\"&gt;&lt;/c&gt;\" w=\"'\" q='\"'><v>1</v></c><c x='a\"b' r='C1'><v>2</v></c></row>",
            "<mergeCells><mergeCell x=\"/>\" ref=\"A1:B1\"/></mergeCells>"));
        yield return Case("text_with_brackets_and_gt", Worksheet(
            "<row r=\"1\"><c t=\"inlineStr\"><is><t>a > b ]] ] ]&gt; ]]&gt; ]]]] &gt;&gt;</t></is></c><c t=\"str\"><v>]</v></c><c t=\"str\"><v>]]</v></c></row>"));
        yield return Case("stray_text_everywhere", $"{Declaration}<worksheet xmlns=\"{MainNamespace}\">text &amp; more<sheetData>\n text <row r=\"1\">row text<c r=\"A1\">cell text<v>1</v>after</c> &#233; </row>tail</sheetData>end</worksheet>");
        yield return Case("many_attributes", Worksheet(
            "<row r=\"1\" " + string.Join(' ', Enumerable.Range(0, 300).Select(i => $"a{i}=\"{i}\"")) + "><c " + string.Join(' ', Enumerable.Range(0, 500).Select(i => $"a{i}=\"{i}\"")) + " t=\"s\" r=\"C1\" s=\"1\"><v>1</v></c></row>"));
        yield return Case("row_numbers_not_ascii", Worksheet("<row r=\"\uFF11\"><c><v>1</v></c></row><row r=\"5 \"><c><v>2</v></c></row><row r=\"2\"><c r=\"A\uFF11\"><v>3</v></c><c r=\"AAAA1\"><v>4</v></c><c r=\"XFD1048576\"><v>5</v></c></row>"));
        yield return Case("positional_column_reaches_xfd", Worksheet("<row r=\"1\"><c r=\"XFC1\"><v>1</v></c><c><v>2</v></c></row><row r=\"2\"><c r=\"XFD2\"><v>1</v></c></row>"));
        yield return Case("cancellation_token_not_cancelled", ManyRows(50));
    }

    private static IEnumerable<WorksheetCase> BuildUnusualXmlOrRejected()
    {
        const XmlReaderOutcome Xml = XmlReaderOutcome.NotWellFormed;
        const XmlReaderOutcome Semantic = XmlReaderOutcome.SemanticError;
        var head = $"<worksheet xmlns=\"{MainNamespace}\"><sheetData><row r=\"1\">";
        const string Tail = "</row></sheetData></worksheet>";

        // Constructs producers rarely write (the XmlReader reads them).
        yield return Case("doctype", $"<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY e \"x\">]>{head}<c t=\"inlineStr\"><is><t>&e;</t></is></c>{Tail}", Xml);
        yield return Case("doctype_without_subset", $"<!DOCTYPE worksheet>{head}<c><v>1</v></c>{Tail}", Xml);
        yield return Case("cdata_in_value", $"{head}<c><v><![CDATA[42]]></v></c><c t=\"inlineStr\"><is><t><![CDATA[a<b>&amp;]]></t></is></c><c t=\"str\"><v>x<![CDATA[y]]>z</v></c>{Tail}");
        yield return Case("comments", $"<!-- before -->{head}<!-- between cells --><c><v>4<!-- inside -->2</v></c><c t=\"inlineStr\"><is><t>a<!---->b</t></is></c>{Tail}<!-- after -->");
        yield return Case("processing_instructions", $"<?xml version=\"1.0\"?><?mso-application progid=\"Excel.Sheet\"?>{head}<?pi inside?><c><v>1<?pi?>2</v></c>{Tail}<?after?>");
        yield return Case("utf16_le_with_bom", Bytes(new byte[] { 0xFF, 0xFE }, Encoding.Unicode.GetBytes($"<?xml version=\"1.0\" encoding=\"UTF-16\"?>{head}<c t=\"inlineStr\"><is><t>é😀</t></is></c>{Tail}")));
        yield return Case("utf16_be_with_bom", Bytes(new byte[] { 0xFE, 0xFF }, Encoding.BigEndianUnicode.GetBytes($"<?xml version=\"1.0\" encoding=\"UTF-16\"?>{head}<c><v>1</v></c>{Tail}")));
        yield return Case("utf16_declared_utf8_bytes", $"<?xml version=\"1.0\" encoding=\"UTF-16\"?>{head}<c><v>1</v></c>{Tail}", Xml);
        yield return Case("windows1252_declared", Bytes($"<?xml version=\"1.0\" encoding=\"windows-1252\"?>{head}<c t=\"inlineStr\"><is><t>caf", (byte)0xE9, $"</t></is></c>{Tail}"), Xml);
        yield return Case("iso88591_declared_utf8_bytes", $"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>{head}<c t=\"inlineStr\"><is><t>café</t></is></c>{Tail}");
        yield return Case("usascii_declared_utf8_bytes", $"<?xml version=\"1.0\" encoding=\"us-ascii\"?>{head}<c t=\"inlineStr\"><is><t>café</t></is></c>{Tail}");
        yield return Case("xml_1_1_declaration", $"<?xml version=\"1.1\"?>{head}<c><v>1</v></c>{Tail}", Xml);
        yield return Case("non_ascii_element_names", $"{head}<données><c><v>1</v></c></données><c><v>2</v></c><c é=\"x\"><v>3</v></c>{Tail}");
        yield return Case("non_ascii_root", "<feuille><sheetData><row><c><v>1</v></c></row></sheetData></feuille>");
        yield return Case("non_ascii_prefix", $"<é:worksheet xmlns:é=\"{MainNamespace}\"><é:sheetData><é:row><é:c><é:v>1</é:v></é:c></é:row></é:sheetData></é:worksheet>");

        // Namespace and attribute oddities the XmlReader parser reads by local name.
        yield return Case("prefixed_cell_attributes", $"{head}<c x:r=\"C1\" xmlns:x=\"urn:x\"><v>1</v></c><c r=\"E1\" x:r=\"B1\" xmlns:x=\"urn:x\"><v>2</v></c><c x:t=\"s\" xmlns:x=\"urn:x\"><v>0</v></c><c x:s=\"1\" xmlns:x=\"urn:x\"><v>45000</v></c>{Tail}");
        yield return Case("namespace_declarations_named_like_cell_attributes", $"{head}<c xmlns:r=\"C1\"><v>1</v></c><c xmlns:t=\"s\"><v>0</v></c><c xmlns:s=\"1\"><v>45000</v></c><c xmlns:r=\"urn:r\" r=\"F1\"><v>4</v></c>{Tail}");
        yield return Case("prefixed_row_and_merge_attributes", $"<worksheet xmlns:x=\"urn:x\"><sheetData><row x:r=\"5\"><c><v>1</v></c></row><row r=\"7\" x:r=\"2\"><c><v>2</v></c></row></sheetData><mergeCells><mergeCell x:ref=\"A1:B1\"/><mergeCell ref=\"C1:D1\" x:ref=\"E1:F1\"/></mergeCells></worksheet>");
        yield return Case("elements_in_other_namespaces", $"<w:worksheet xmlns:w=\"urn:not-spreadsheetml\"><o:sheetData xmlns:o=\"urn:other\"><row xmlns=\"urn:third\"><q:c xmlns:q=\"urn:q\"><z:v xmlns:z=\"urn:z\">1</z:v></q:c></row></o:sheetData></w:worksheet>");
        yield return Case("prefix_declared_on_the_element_after_use", $"{head}<x:c r=\"A1\" xmlns:x=\"urn:x\"><x:v>1</x:v></x:c><c r=\"B1\" p:a=\"1\" xmlns:p=\"urn:p\"><v>2</v></c>{Tail}");
        yield return Case("prefix_redeclared_in_scope", $"<x:worksheet xmlns:x=\"{MainNamespace}\"><x:sheetData xmlns:x=\"urn:other\"><x:row><x:c><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>");
        yield return Case("default_namespace_undeclared", $"<worksheet xmlns=\"{MainNamespace}\"><sheetData xmlns=\"\"><row><c><v>1</v></c></row></sheetData></worksheet>");
        yield return Case("xml_prefix_attributes", $"{head}<c xml:lang=\"fr\" r=\"B1\"><v>1</v></c><c xml:space=\"default\"><v>2</v></c><c xml:space=\"preserve\" xml:id=\"c3\"><v>3</v></c>{Tail}");
        yield return Case("xml_prefix_element", $"{head}<xml:c><xml:v>1</xml:v></xml:c>{Tail}");
        yield return Case("xml_declared_prefix", $"<worksheet xmlns:xml=\"http://www.w3.org/XML/1998/namespace\"><sheetData><row><c><v>1</v></c></row></sheetData></worksheet>");
        yield return Case("attribute_normalization", $"{head}<c r=\"A\t1\"><v>1</v></c><c r=\"C&#9;1\"><v>2</v></c><c r=\"&#32;E1&#10;\"><v>3</v></c><c r=\"G&#10;1\"><v>4</v></c><c r=\"J1\" t=\"&#115;\"><v>0</v></c>{Tail}");
        yield return Case("type_with_character_reference_space", $"{head}<c t=\"s&#32;\"><v>0</v></c>{Tail}", Semantic);
        yield return Case("attribute_gt_and_cdata_end", $"{head}<c r=\"A1\" other=\"]]>\" more='>'><v>1</v></c>{Tail}");
        yield return Case("white_space_trimmed_by_dotnet_not_xml", $"{head}<c><v>\u00A042\u3000</v></c><c t=\"s\"><v>\u20281\u2029</v></c><c t=\"b\"><v>\u0085true</v></c><c t=\"e\"><v>\u2003#N/A</v></c><c r=\"\u00A0E1\"><v>5</v></c>{Tail}",
            settings: WorksheetParseSettings.Default, expected: XmlReaderOutcome.Result);
        yield return Case("merge_refs_with_references", Worksheet("<row r=\"1\"><c><v>1</v></c></row>", "<mergeCells><mergeCell ref=\"a1:&#66;2\"/><mergeCell ref=\"\tc3:\r\nd4\t\"/><mergeCell ref=\"&#10;e5:f6&#13;\"/><mergeCell ref=\"ß1:é2\"/><mergeCell ref=\"&#9;\"/></mergeCells>"));
        yield return Case("xml_space_invalid_value", $"{head}<c t=\"inlineStr\"><is><t xml:space=\"keep\">a</t></is></c>{Tail}", Xml);

        yield return Case("declaration_encoding_mixed_case", $"<?xml version=\"1.0\" encoding=\"Utf-8\"?>{head}<c t=\"inlineStr\"><is><t>é</t></is></c>{Tail}");
        yield return Case("declaration_encoding_utf8_without_hyphen", $"<?xml version=\"1.0\" encoding=\"UTF8\"?>{head}<c t=\"inlineStr\"><is><t>é</t></is></c>{Tail}", Xml);
        yield return Case("declaration_standalone_no_single_quotes", $"<?xml version='1.0' standalone='no'?>{head}<c><v>1</v></c>{Tail}");
        yield return Case("bom_with_utf16_declaration", Bytes(Bom, $"<?xml version=\"1.0\" encoding=\"UTF-16\"?>{head}<c><v>1</v></c>{Tail}"), Xml);
        yield return Case("stylesheet_processing_instruction_first", $"<?xml-stylesheet type=\"text/xsl\" href=\"x.xsl\"?>{head}<c><v>1</v></c>{Tail}");
        yield return Case("long_names", $"<worksheet xmlns:{new string('p', 70_000)}=\"urn:p\"><sheetData><row><{new string('e', 70_000)} {new string('a', 70_000)}=\"1\"/><c {new string('p', 70_000)}:r=\"C1\"><v>1</v></c></row></sheetData></worksheet>");
        // One level past SecureXml.MaxElementDepth, then far past it: both parsers refuse.
        yield return Case("nesting_one_past_the_depth_limit", Worksheet(
            "<row r=\"1\">" + string.Concat(Enumerable.Repeat("<n>", 61)) + "<c><v>1</v></c>" + string.Concat(Enumerable.Repeat("</n>", 61)) + "</row>"), XmlReaderOutcome.SemanticError);
        yield return Case("very_deep_nesting", Worksheet(
            "<row r=\"1\">" + string.Concat(Enumerable.Repeat("<n>", 100_000)) + "<c><v>1</v></c>" + string.Concat(Enumerable.Repeat("</n>", 100_000)) + "</row>"), XmlReaderOutcome.SemanticError);
        yield return Case("same_local_name_in_two_namespaces", $"{head}<c xmlns=\"urn:u\" xmlns:x=\"urn:u\" a=\"1\" x:a=\"2\" r=\"B1\"><v>1</v></c>{Tail}");

        yield return Case("xml_prefixed_cell_attributes", $"{head}<c xml:r=\"C1\" xml:t=\"s\"><v>0</v></c>{Tail}");
        yield return Case("names_with_digits_periods_hyphens_inside", $"<x:worksheet xmlns:x=\"{MainNamespace}\" xmlns:p-1.2=\"urn:p\" xmlns:_q=\"urn:q\"><x:sheetData><x:row p-1.2:a-1.b=\"1\" _q:_9=\"2\"><x:c-1.x/><_q:c._-9/><x:c r=\"B1\"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>");

        // Not well formed.
        yield return Case("undeclared_element_prefix", $"<x:worksheet><x:sheetData/></x:worksheet>", Xml);
        yield return Case("undeclared_attribute_prefix", $"{head}<c x14ac:dyDescent=\"0.25\"><v>1</v></c>{Tail}", Xml);
        yield return Case("prefix_declared_in_sibling_scope", $"<worksheet><sheetData><row r=\"1\" xmlns:x=\"urn:x\"/><row r=\"2\"><x:c><x:v>1</x:v></x:c></row></sheetData></worksheet>", Xml);
        yield return Case("prefix_used_after_its_scope", $"<worksheet><sheetData xmlns:x=\"urn:x\"><row/></sheetData><x:mergeCells/></worksheet>", Xml);
        yield return Case("empty_prefixed_namespace", $"<worksheet xmlns:x=\"\"><sheetData/></worksheet>", Xml);
        yield return Case("xmlns_prefix_declared", $"<worksheet xmlns:xmlns=\"urn:x\"><sheetData/></worksheet>", Xml);
        yield return Case("xml_prefix_bound_elsewhere", $"<worksheet xmlns:xml=\"urn:x\"><sheetData/></worksheet>", Xml);
        yield return Case("duplicate_attribute", $"{head}<c r=\"A1\" r=\"B1\"><v>1</v></c>{Tail}", Xml);
        yield return Case("duplicate_attribute_on_root", $"<worksheet xmlns=\"{MainNamespace}\" xmlns=\"{MainNamespace}\"><sheetData/></worksheet>", Xml);
        yield return Case("duplicate_attribute_through_prefixes", $"{head}<c a:x=\"1\" b:x=\"2\" xmlns:a=\"urn:same\" xmlns:b=\"urn:same\"><v>1</v></c>{Tail}", Xml);
        yield return Case("duplicate_namespace_declaration", $"{head}<c xmlns:a=\"urn:a\" xmlns:a=\"urn:b\"><v>1</v></c>{Tail}", Xml);
        yield return Case("mismatched_end_tag", $"{head}<c><v>1</c></v>{Tail}", Xml);
        yield return Case("end_tag_case_differs", $"{head}<c><v>1</V></c>{Tail}", Xml);
        yield return Case("end_tag_prefix_differs", $"<x:worksheet xmlns:x=\"{MainNamespace}\" xmlns:y=\"{MainNamespace}\"><x:sheetData></y:sheetData></x:worksheet>", Xml);
        yield return Case("end_tag_with_attribute", $"{head}<c><v>1</v></c r=\"A1\">{Tail}", Xml);
        yield return Case("end_tag_with_space_before_name", $"{head}<c><v>1</ v></c>{Tail}", Xml);
        yield return Case("start_tag_with_space_before_name", $"{head}< c><v>1</v></c>{Tail}", Xml);
        yield return Case("space_inside_empty_element_close", $"{head}<c r=\"A1\" / >{Tail}", Xml);
        yield return Case("stray_end_tag", $"{head}</c>{Tail}", Xml);
        yield return Case("unclosed_root", $"<worksheet xmlns=\"{MainNamespace}\"><sheetData><row r=\"1\"><c><v>1</v></c></row></sheetData>", Xml);
        yield return Case("truncated_in_start_tag", $"{head}<c r=\"A", Xml);
        yield return Case("truncated_in_text", $"{head}<c><v>12", Xml);
        yield return Case("text_after_root", $"{head}<c><v>1</v></c>{Tail}junk", Xml);
        yield return Case("second_root", $"{head}<c><v>1</v></c>{Tail}<worksheet/>", Xml);
        yield return Case("text_before_root", $"junk{head}<c><v>1</v></c>{Tail}", Xml);
        yield return Case("cdata_end_in_text", $"{head}<c t=\"inlineStr\"><is><t>a]]>b</t></is></c>{Tail}", Xml);
        yield return Case("lt_in_attribute_value", $"{head}<c r=\"A<1\"><v>1</v></c>{Tail}", Xml);
        yield return Case("lt_in_text", $"{head}<c><v>1 < 2</v></c>{Tail}", Xml);
        yield return Case("bare_ampersand_in_text", $"{head}<c t=\"inlineStr\"><is><t>R&D</t></is></c>{Tail}", Xml);
        yield return Case("bare_ampersand_in_attribute", $"{head}<c r=\"A1\" x=\"a & b\"><v>1</v></c>{Tail}", Xml);
        yield return Case("entity_without_semicolon", $"{head}<c t=\"inlineStr\"><is><t>&amp</t></is></c>{Tail}", Xml);
        yield return Case("unknown_entity", $"{head}<c t=\"inlineStr\"><is><t>a&nbsp;b</t></is></c>{Tail}", Xml);
        yield return Case("unknown_entity_in_attribute", $"{head}<c r=\"&nbsp;A1\"><v>1</v></c>{Tail}", Xml);
        yield return Case("char_ref_zero", $"{head}<c t=\"inlineStr\"><is><t>a&#0;b</t></is></c>{Tail}", Xml);
        yield return Case("char_ref_surrogate", $"{head}<c t=\"inlineStr\"><is><t>a&#xD800;b</t></is></c>{Tail}", Xml);
        yield return Case("char_ref_fffe", $"{head}<c t=\"inlineStr\"><is><t>&#xFFFE;</t></is></c>{Tail}", Xml);
        yield return Case("char_ref_beyond_unicode", $"{head}<c t=\"inlineStr\"><is><t>&#x110000;</t></is></c>{Tail}", Xml);
        yield return Case("char_ref_control_in_attribute", $"{head}<c r=\"A1\" x=\"&#1;\"><v>1</v></c>{Tail}", Xml);
        yield return Case("char_ref_uppercase_x", $"{head}<c t=\"inlineStr\"><is><t>&#X41;</t></is></c>{Tail}", Xml);
        yield return Case("char_ref_empty", $"{head}<c t=\"inlineStr\"><is><t>&#;&#x;</t></is></c>{Tail}", Xml);
        yield return Case("char_ref_without_semicolon", $"{head}<c t=\"inlineStr\"><is><t>&#65</t></is></c>{Tail}", Xml);
        yield return Case("char_ref_huge", $"{head}<c t=\"inlineStr\"><is><t>&#99999999999999999999;</t></is></c>{Tail}", Xml);
        yield return Case("control_byte_in_text", Bytes($"{head}<c t=\"inlineStr\"><is><t>a", (byte)0x01, $"b</t></is></c>{Tail}"), Xml);
        yield return Case("nul_byte_in_text", Bytes($"{head}<c><v>1", (byte)0x00, $"</v></c>{Tail}"), Xml);
        yield return Case("form_feed_in_attribute", Bytes($"{head}<c r=\"A1", (byte)0x0C, $"\"><v>1</v></c>{Tail}"), Xml);
        yield return Case("form_feed_between_attributes", Bytes($"{head}<c", (byte)0x0C, $"r=\"A1\"><v>1</v></c>{Tail}"), Xml);
        yield return Case("invalid_utf8_c3_28", Bytes($"{head}<c t=\"inlineStr\"><is><t>a", new byte[] { 0xC3, 0x28 }, $"</t></is></c>{Tail}"), Xml);
        yield return Case("invalid_utf8_overlong", Bytes($"{head}<c t=\"inlineStr\"><is><t>a", new byte[] { 0xC0, 0xAF, 0xE0, 0x80, 0xAF }, $"</t></is></c>{Tail}"), Xml);
        yield return Case("invalid_utf8_lone_continuation", Bytes($"{head}<c t=\"inlineStr\"><is><t>a", (byte)0x80, $"b</t></is></c>{Tail}"), Xml);
        yield return Case("invalid_utf8_truncated_sequence", Bytes($"{head}<c t=\"inlineStr\"><is><t>a", new byte[] { 0xE2, 0x82 }, $"</t></is></c>{Tail}"), Xml);
        yield return Case("invalid_utf8_encoded_surrogate", Bytes($"{head}<c t=\"inlineStr\"><is><t>a", new byte[] { 0xED, 0xA0, 0x80 }, $"</t></is></c>{Tail}"), Xml);
        yield return Case("invalid_utf8_beyond_unicode", Bytes($"{head}<c t=\"inlineStr\"><is><t>a", new byte[] { 0xF4, 0x90, 0x80, 0x80 }, $"</t></is></c>{Tail}"), Xml);
        yield return Case("invalid_utf8_ff_byte", Bytes($"{head}<c><v>1", (byte)0xFF, $"</v></c>{Tail}"), Xml);
        yield return Case("invalid_utf8_in_attribute", Bytes($"{head}<c r=\"A1\" x=\"", new byte[] { 0xC3 }, $"\"><v>1</v></c>{Tail}"), Xml);
        yield return Case("invalid_utf8_continuation_at_end", Bytes($"{head}<c><v>1</v></c>{Tail}", (byte)0x80), Xml);

        // The XmlReader does not notice a UTF-8 sequence cut short by the end of the part (its decoder is never flushed).
        yield return Case("invalid_utf8_lead_byte_at_end", Bytes($"{head}<c><v>1</v></c>{Tail}", (byte)0xC3));
        yield return Case("invalid_utf8_lead_bytes_at_end", Bytes($"{head}<c><v>1</v></c>{Tail}\n", new byte[] { 0xF0, 0x9F, 0x98 }));
        yield return Case("u_fffe_in_text", Bytes($"{head}<c t=\"inlineStr\"><is><t>a", new byte[] { 0xEF, 0xBF, 0xBE }, $"</t></is></c>{Tail}"), Xml);
        yield return Case("u_ffff_in_attribute", Bytes($"{head}<c r=\"A1\" x=\"", new byte[] { 0xEF, 0xBF, 0xBF }, $"\"><v>1</v></c>{Tail}"), Xml);
        yield return Case("attribute_without_value", $"{head}<c r><v>1</v></c>{Tail}", Xml);
        yield return Case("attribute_unquoted", $"{head}<c r=A1><v>1</v></c>{Tail}", Xml);
        yield return Case("attribute_quotes_mismatched", $"{head}<c r=\"A1'><v>1</v></c>{Tail}", Xml);
        yield return Case("attributes_without_space", $"{head}<c r=\"A1\"t=\"s\"><v>0</v></c>{Tail}", Xml);
        yield return Case("name_starting_with_digit", $"{head}<1c><v>1</v></1c>{Tail}", Xml);
        yield return Case("name_with_two_colons", $"<worksheet xmlns:a=\"urn:a\">{head[(head.IndexOf('>', StringComparison.Ordinal) + 1)..]}<a:b:c/>{Tail}", Xml);
        yield return Case("name_starting_with_colon", $"{head}<:c><v>1</v></:c>{Tail}", Xml);
        yield return Case("local_name_starting_with_digit", $"<x:worksheet xmlns:x=\"{MainNamespace}\"><x:sheetData><x:row><x:9c/><x:c><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>", Xml);
        yield return Case("local_name_starting_with_period", $"<x:worksheet xmlns:x=\"{MainNamespace}\"><x:sheetData><x:row><x:.c/><x:c><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>", Xml);
        yield return Case("local_name_starting_with_hyphen", $"<x:worksheet xmlns:x=\"{MainNamespace}\"><x:sheetData><x:row><x:-c/><x:c><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>", Xml);
        yield return Case("root_local_name_starting_with_digit", $"<x:9worksheet xmlns:x=\"{MainNamespace}\"/>", Xml);
        yield return Case("attribute_local_name_starting_with_digit", $"<worksheet xmlns:x14ac=\"urn:ac\"><sheetData><row r=\"1\" x14ac:9dyDescent=\"0.25\"><c><v>1</v></c></row></sheetData></worksheet>", Xml);
        yield return Case("namespace_prefix_starting_with_digit", $"<worksheet xmlns:9r=\"urn:r\"><sheetData><row><c><v>1</v></c></row></sheetData></worksheet>", Xml);
        yield return Case("namespace_prefix_starting_with_period", $"<worksheet xmlns:.r=\"urn:r\"><sheetData><row><c><v>1</v></c></row></sheetData></worksheet>", Xml);
        yield return Case("attribute_name_starting_with_digit", $"{head}<c 9r=\"A1\"><v>1</v></c>{Tail}", Xml);
        yield return Case("attribute_name_starting_with_hyphen", $"{head}<c -r=\"A1\"><v>1</v></c>{Tail}", Xml);
        yield return Case("name_ending_with_colon", $"<worksheet xmlns:c=\"urn:c\"><sheetData><row><c:><v>1</v></c:></row></sheetData></worksheet>", Xml);
        yield return Case("whitespace_before_declaration", $"  {Declaration}{head}<c><v>1</v></c>{Tail}", Xml);
        yield return Case("bom_then_whitespace_before_declaration", Bytes(Bom, $"\n{Declaration}{head}<c><v>1</v></c>{Tail}"), Xml);
        yield return Case("declaration_not_first", $"{head}<?xml version=\"1.0\"?><c><v>1</v></c>{Tail}", Xml);
        yield return Case("declaration_uppercase", $"<?XML version=\"1.0\"?>{head}<c><v>1</v></c>{Tail}", Xml);
        yield return Case("declaration_without_version", $"<?xml encoding=\"UTF-8\"?>{head}<c><v>1</v></c>{Tail}", Xml);
        yield return Case("declaration_encoding_before_version", $"<?xml encoding=\"UTF-8\" version=\"1.0\"?>{head}<c><v>1</v></c>{Tail}", Xml);
        yield return Case("declaration_version_1_00", $"<?xml version=\"1.00\"?>{head}<c><v>1</v></c>{Tail}");
        yield return Case("declaration_quotes_mismatched", $"<?xml version=\"1.0'?>{head}<c><v>1</v></c>{Tail}", Xml);
        yield return Case("declaration_without_space_between_attributes", $"<?xml version=\"1.0\"encoding=\"UTF-8\"?>{head}<c><v>1</v></c>{Tail}", Xml);
        yield return Case("declaration_unknown_attribute", $"<?xml version=\"1.0\" foo=\"bar\"?>{head}<c><v>1</v></c>{Tail}", Xml);
        yield return Case("declaration_empty_encoding", $"<?xml version=\"1.0\" encoding=\"\"?>{head}<c><v>1</v></c>{Tail}", Xml);
        yield return Case("element_with_xmlns_prefix", $"{head}<xmlns:c><v>1</v></xmlns:c><c><xmlns:v>2</xmlns:v></c>{Tail}");
        yield return Case("declaration_bad_standalone", $"<?xml version=\"1.0\" standalone=\"maybe\"?>{head}<c><v>1</v></c>{Tail}", Xml);
        yield return Case("declaration_unterminated", $"<?xml version=\"1.0\"{head}<c><v>1</v></c>{Tail}", Xml);
        yield return Case("empty_document", string.Empty, Xml);
        yield return Case("only_bom", Bom, Xml);
        yield return Case("only_whitespace", " \r\n\t", Xml);
        yield return Case("only_declaration", Declaration, Xml);
        yield return Case("only_declaration_and_comment", Declaration + "<!-- nothing -->", Xml);

        yield return Case("duplicate_attribute_among_many", $"{head}<c " + string.Join(' ', Enumerable.Range(0, 500).Select(i => $"a{i}=\"{i}\"")) + " a0=\"again\"><v>1</v></c>{Tail}", Xml);
        yield return Case("cdata_end_after_brackets", $"{head}<c t=\"inlineStr\"><is><t>a]]]>b</t></is></c>{Tail}", Xml);
        yield return Case("trailing_nul", Bytes($"{head}<c><v>1</v></c>{Tail}", (byte)0x00), Xml);
        yield return Case("trailing_bom", Bytes($"{head}<c><v>1</v></c>{Tail}", Bom), Xml);
        yield return Case("unknown_entity_in_skipped_section", Worksheet("<row r=\"1\"><c><v>1</v></c></row>", "<extLst><ext>a&nbsp;b</ext></extLst>"), Xml);
        yield return Case("invalid_char_ref_in_skipped_attribute", Worksheet("<row r=\"1\"><c><v>1</v></c></row>", "<extLst><ext uri=\"&#0;\"/></extLst>"), Xml);
        yield return Case("invalid_utf8_in_skipped_section", Bytes(Worksheet("<row r=\"1\"><c><v>1</v></c></row>", "<extLst><ext>a"), new byte[] { 0xC3, 0x28 }, "</ext></extLst></worksheet>"), Xml);
        yield return Case("control_byte_in_skipped_section", Bytes(Worksheet("<row r=\"1\"><c><v>1</v></c></row>", "<pageSetup x=\""), (byte)0x01, "\"/></worksheet>"), Xml);
        yield return Case("undeclared_prefix_in_skipped_section", Worksheet("<row r=\"1\"><c><v>1</v></c></row>", "<extLst><x14:ext/></extLst>"), Xml);
        yield return Case("mismatched_end_tag_in_skipped_section", Worksheet("<row r=\"1\"><c><v>1</v></c></row>", "<extLst><a><b></a></b></extLst>"), Xml);
        yield return Case("duplicate_attribute_in_skipped_section", Worksheet("<row r=\"1\"><c><v>1</v></c></row>", "<pageMargins left=\"1\" left=\"2\"/>"), Xml);
        yield return Case("cdata_end_in_skipped_section", Worksheet("<row r=\"1\"><c><v>1</v></c></row>", "<headerFooter><oddFooter>]]></oddFooter></headerFooter>"), Xml);
        yield return Case("unknown_entity_in_ignored_row_attribute", Worksheet("<row r=\"1\" spans=\"&bogus;\"><c><v>1</v></c></row>"), Xml);
        yield return Case("lt_in_ignored_cell_attribute", Worksheet("<row r=\"1\"><c r=\"A1\" cm=\"<\"><v>1</v></c></row>"), Xml);
        yield return Case("invalid_char_ref_in_phonetic_run", Worksheet("<row r=\"1\"><c t=\"inlineStr\"><is><t>a</t><rPh><t>&#1;</t></rPh></is></c></row>"), Xml);
        yield return Case("unknown_entity_in_run_properties", Worksheet("<row r=\"1\"><c t=\"inlineStr\"><is><r><rPr><rFont val=\"&nbsp;\"/></rPr><t>a</t></r></is></c></row>"), Xml);
        yield return Case("undeclared_prefix_in_unknown_child_of_cell", Worksheet("<row r=\"1\"><c><x:y/><v>1</v></c></row>"), Xml);
        yield return Case("mismatched_end_tag_in_unknown_child_of_cell", Worksheet("<row r=\"1\"><c><x><y></x></y><v>1</v></c></row>"), Xml);
        yield return Case("invalid_xml_after_the_last_row", Worksheet("<row r=\"1\"><c><v>1</v></c></row>", "<mergeCells><mergeCell ref=\"A1:B1\"></mergeCells>"), Xml);

        // Semantic errors.
        yield return Case("cell_beyond_xfd", $"{head}<c r=\"XFD1\"><v>1</v></c><c><v>2</v></c>{Tail}", Semantic);
        yield return Case("blank_cell_beyond_xfd", $"{head}<c r=\"XFD1\"/><c/>{Tail}", Semantic);
        yield return Case("shared_string_out_of_range", $"{head}<c t=\"s\"><v>8</v></c>{Tail}", Semantic);
        yield return Case("shared_string_negative", $"{head}<c t=\"s\"><v>-1</v></c>{Tail}", Semantic);
        yield return Case("shared_string_not_a_number", $"{head}<c t=\"s\"><v>abc</v></c>{Tail}", Semantic);
        yield return Case("shared_string_empty_value", $"{head}<c t=\"s\"><v/></c>{Tail}", Semantic);
        yield return Case("shared_string_overflow", $"{head}<c t=\"s\"><v>99999999999</v></c>{Tail}", Semantic);
        yield return Case("unknown_type", $"{head}<c t=\"q\"><v>1</v></c>{Tail}", Semantic);
        yield return Case("type_in_other_case", $"{head}<c t=\"S\"><v>0</v></c>{Tail}", Semantic);
        yield return Case("type_with_space", $"{head}<c t=\" s\"><v>0</v></c>{Tail}", Semantic);
        yield return Case("empty_type", $"{head}<c t=\"\"><v>1</v></c>{Tail}", Semantic);
        yield return Case("number_not_a_number", $"{head}<c><v>abc</v></c>{Tail}", Semantic);
        yield return Case("number_with_comma", $"{head}<c><v>1,5</v></c>{Tail}", Semantic);
        yield return Case("number_nan", $"{head}<c><v>NaN</v></c>{Tail}", Semantic);
        yield return Case("number_infinity", $"{head}<c><v>Infinity</v></c>{Tail}", Semantic);
        yield return Case("number_overflow", $"{head}<c><v>1e400</v></c>{Tail}", Semantic);
        yield return Case("number_lone_sign", $"{head}<c><v>-</v></c>{Tail}", Semantic);
        yield return Case("number_lone_point", $"{head}<c><v>.</v></c>{Tail}", Semantic);
        yield return Case("number_hex", $"{head}<c><v>0x10</v></c>{Tail}", Semantic);
        yield return Case("number_arabic_digits", $"{head}<c><v>١٢</v></c>{Tail}", Semantic);
        yield return Case("semantic_error_then_not_well_formed", $"{head}<c><v>abc</v></c><c></v>{Tail}", Semantic);

        // Where the XmlReader parser stops early, it does not see what follows.
        yield return Case("semantic_error_after_row_limit", Worksheet("<row r=\"1\"><c><v>1</v></c></row><row r=\"2\"><c><v>2</v></c></row><row r=\"3\"><c><v>3</v></c></row><row r=\"4\"><c><v>abc</v></c><c t=\"s\"><v>99</v></c></row>"),
            settings: WorksheetParseSettings.Default with { MaxNonBlankRows = 2 });
        yield return Case("semantic_error_in_limit_passing_row", Worksheet("<row r=\"1\"><c><v>1</v></c></row><row r=\"2\"><c><v>2</v></c><c><v>abc</v></c></row>"),
            XmlReaderOutcome.SemanticError, WorksheetParseSettings.Default with { MaxNonBlankRows = 1 });
        yield return Case("not_well_formed_far_after_row_limit", Worksheet("<row r=\"1\"><c><v>1</v></c></row><row r=\"2\"><c><v>2</v></c></row>" + new string(' ', 100_000) + "<row r=\"3\"><c></v></c></row>"),
            settings: WorksheetParseSettings.Default with { MaxNonBlankRows = 1 });
        yield return Case("not_well_formed_right_after_row_limit", Worksheet("<row r=\"1\"><c><v>1</v></c></row><row r=\"2\"><c><v>2</v></c></row><row r=\"3\"><c></v></c></row>"),
            settings: WorksheetParseSettings.Default with { MaxNonBlankRows = 1 });
        yield return Case("invalid_utf8_far_after_row_limit", Bytes("<worksheet><sheetData><row r=\"1\"><c><v>1</v></c></row><row r=\"2\"><c><v>2</v></c></row>" + new string(' ', 100_000) + "<row r=\"3\"><c><v>3", new byte[] { 0xC3, 0x28 }, "</v></c></row></sheetData></worksheet>"),
            settings: WorksheetParseSettings.Default with { MaxNonBlankRows = 1 });
        yield return Case("duplicate_attribute_right_after_row_limit", Worksheet("<row r=\"1\"><c><v>1</v></c></row><row r=\"2\"><c><v>2</v></c></row><row r=\"3\" r=\"4\"><c><v>3</v></c></row>"),
            Xml, WorksheetParseSettings.Default with { MaxNonBlankRows = 1 });
        yield return Case("duplicate_attribute_after_row_limit_and_newline", Worksheet("<row r=\"1\"><c><v>1</v></c></row><row r=\"2\"><c><v>2</v></c></row>\n<row r=\"3\" r=\"4\"><c><v>3</v></c></row>"),
            settings: WorksheetParseSettings.Default with { MaxNonBlankRows = 1 });
        yield return Case("invalid_utf8_right_after_row_limit", Bytes("<worksheet><sheetData><row r=\"1\"><c><v>1</v></c></row><row r=\"2\"><c><v>2</v></c></row><row r=\"3\"><c><v>3", new byte[] { 0xC3, 0x28 }, "</v></c></row></sheetData></worksheet>"),
            settings: WorksheetParseSettings.Default with { MaxNonBlankRows = 1 });
        yield return Case("duplicate_attribute_on_chartsheet_root", $"<chartsheet a=\"1\" a=\"2\"><sheetPr/></chartsheet>", Xml);
        yield return Case("not_well_formed_right_after_chartsheet_root", $"<chartsheet><sheetPr a=\"1\" a=\"2\"/></chartsheet>");
        yield return Case("invalid_utf8_right_after_chartsheet_root", Bytes("<chartsheet><sheetPr>", new byte[] { 0xC3, 0x28 }, "</sheetPr></chartsheet>"));
        yield return Case("semantic_error_in_chartsheet", $"<chartsheet><sheetData><row><c><v>abc</v></c><c t=\"q\"><v>1</v></c></row></sheetData></chartsheet>");
        yield return Case("not_well_formed_far_after_chartsheet_root", $"<chartsheet xmlns=\"{MainNamespace}\">{new string(' ', 100_000)}<sheetPr></chartsheet>");
        yield return Case("invalid_utf8_far_after_chartsheet_root", Bytes($"<chartsheet xmlns=\"{MainNamespace}\">{new string(' ', 100_000)}<sheetPr>", new byte[] { 0xC3, 0x28 }, "</sheetPr></chartsheet>"));
        yield return Case("semantic_error_in_skipped_section", Worksheet("<row r=\"1\"><c><v>1</v></c></row>", "<extLst><ext><row><c><v>abc</v></c><c t=\"q\"><v>1</v></c></row></ext></extLst>"));
        yield return Case("semantic_error_in_unknown_child_of_cell", $"{head}<c><x><c><v>abc</v></c></x><v>1</v></c>{Tail}");
    }

    private static string Excel =>
        Declaration
        + $"<worksheet xmlns=\"{MainNamespace}\" xmlns:r=\"{RelationshipsNamespace}\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" mc:Ignorable=\"x14ac xr xr2 xr3\" "
        + "xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\" xmlns:xr=\"http://schemas.microsoft.com/office/spreadsheetml/2014/revision\" "
        + "xmlns:xr2=\"http://schemas.microsoft.com/office/spreadsheetml/2015/revision2\" xmlns:xr3=\"http://schemas.microsoft.com/office/spreadsheetml/2016/revision3\" xr:uid=\"{00000000-0001-0000-0000-000000000000}\">"
        + "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><dimension ref=\"A1:H7\"/><sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        + "<selection pane=\"bottomLeft\" activeCell=\"B3\" sqref=\"B3\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\" x14ac:dyDescent=\"0.25\"/>"
        + "<cols><col min=\"1\" max=\"1\" width=\"18.7109375\" customWidth=\"1\"/><col min=\"2\" max=\"3\" width=\"11.42578125\" style=\"1\"/></cols><sheetData>"
        + "<row r=\"1\" spans=\"1:8\" x14ac:dyDescent=\"0.25\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" s=\"1\"><v>45292</v></c><c r=\"D1\" s=\"3\"><v>0.5</v></c>"
        + "<c r=\"E1\" t=\"b\"><v>1</v></c><c r=\"F1\" t=\"e\"><v>#N/A</v></c><c r=\"G1\" t=\"s\"><v>7</v></c><c r=\"H1\" s=\"2\"><v>-12.75</v></c></row>"
        + "<row r=\"2\" spans=\"1:8\" x14ac:dyDescent=\"0.25\"><c r=\"A2\"><v>1</v></c><c r=\"B2\"><f>A2*2</f><v>2</v></c><c r=\"C2\" t=\"str\"><f>A1&amp;\"-\"&amp;B1</f><v>Libellé-59-LIL-001</v></c>"
        + "<c r=\"D2\"><f>SUM(A2:B2)</f></c><c r=\"E2\" t=\"b\"><f>A2&gt;0</f><v>1</v></c><c r=\"F2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c><c r=\"G2\" s=\"1\"><f>TODAY()</f><v>45500</v></c></row>"
        + "<row r=\"3\" spans=\"1:8\" x14ac:dyDescent=\"0.25\"><c r=\"A3\"><v>2</v></c><c r=\"B3\"><f t=\"shared\" ref=\"B3:B5\" si=\"0\">A3*2</f><v>4</v></c></row>"
        + "<row r=\"4\" spans=\"1:8\" x14ac:dyDescent=\"0.25\"><c r=\"A4\"><v>3.0000000000000004</v></c><c r=\"B4\"><f t=\"shared\" si=\"0\"/><v>6.0000000000000009</v></c></row>"
        + "<row r=\"5\" spans=\"1:8\" ht=\"30\" customHeight=\"1\" x14ac:dyDescent=\"0.25\"><c r=\"A5\" t=\"inlineStr\"><is><r><rPr><b/><sz val=\"11\"/><rFont val=\"Calibri\"/></rPr><t xml:space=\"preserve\">Centre </t></r>"
        + "<r><t>social</t></r><rPh sb=\"0\" eb=\"2\"><t>セ</t></rPh><phoneticPr fontId=\"1\" type=\"noConversion\"/></is></c><c r=\"B5\"><f t=\"shared\" si=\"0\"/><v>1E-3</v></c>"
        + "<c r=\"C5\" t=\"inlineStr\"><is><t>Ligne 1_x000D_Ligne 2 _x005F_x0041_</t></is></c><c r=\"D5\" s=\"4\"/><c r=\"E5\" s=\"1\"/></row>"
        + "<row r=\"6\" spans=\"1:8\" x14ac:dyDescent=\"0.25\"><c r=\"A6\" t=\"d\"><v>2024-03-15T00:00:00</v></c><c r=\"B6\" t=\"d\"><v>2024-03-15T13:45:30.5</v></c><c r=\"C6\" t=\"d\"><v>12:30</v></c>"
        + "<c r=\"D6\" t=\"d\"><v>1899-12-31</v></c><c r=\"E6\" t=\"str\"><v>Texte_x000D__x000A_suite</v></c><c r=\"F6\" t=\"n\"><v>1.5E+308</v></c><c r=\"G6\"><v>123456789012345678</v></c><c r=\"H6\" s=\"1\"><v>-0</v></c></row>"
        + "<row r=\"7\" spans=\"1:8\" x14ac:dyDescent=\"0.25\"><c r=\"A7\" s=\"2\" t=\"s\"><v>3</v></c><c r=\"B7\" s=\"2\"/><c r=\"C7\" s=\"2\" t=\"s\"><v>2</v></c></row>"
        + "</sheetData><sheetProtection algorithmName=\"SHA-512\" hashValue=\"abc==\" saltValue=\"def==\" spinCount=\"100000\" sheet=\"1\" objects=\"1\" scenarios=\"1\"/><autoFilter ref=\"A1:H6\"/>"
        + "<mergeCells count=\"2\"><mergeCell ref=\"A7:B7\"/><mergeCell ref=\"C7:D8\"/></mergeCells>"
        + "<conditionalFormatting sqref=\"A2:A6\"><cfRule type=\"cellIs\" dxfId=\"0\" priority=\"1\" operator=\"greaterThan\"><formula>0</formula></cfRule></conditionalFormatting>"
        + "<dataValidations count=\"1\"><dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" sqref=\"E2:E6\"><formula1>\"Oui,Non\"</formula1></dataValidation></dataValidations>"
        + "<hyperlinks><hyperlink ref=\"A1\" r:id=\"rId1\" display=\"lien\"/></hyperlinks><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        + "<pageSetup paperSize=\"9\" orientation=\"portrait\" r:id=\"rId2\"/><headerFooter><oddFooter>&amp;P / &amp;N</oddFooter></headerFooter><drawing r:id=\"rId3\"/><legacyDrawing r:id=\"rId4\"/>"
        + "<tableParts count=\"1\"><tablePart r:id=\"rId5\"/></tableParts><extLst><ext uri=\"{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}\" xmlns:x14=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/main\">"
        + "<x14:dataValidations count=\"1\" xmlns:xm=\"http://schemas.microsoft.com/office/excel/2006/main\"><x14:dataValidation type=\"list\"><x14:formula1><xm:f>Listes!$A$1:$A$3</xm:f></x14:formula1>"
        + "<xm:sqref>F2:F6</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>";

    private static string LibreOffice =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + $"<worksheet xmlns=\"{MainNamespace}\" xmlns:r=\"{RelationshipsNamespace}\" xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" "
        + "xmlns:x14=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/main\" xmlns:xr2=\"http://schemas.microsoft.com/office/spreadsheetml/2015/revision2\" "
        + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><sheetPr filterMode=\"false\"><pageSetUpPr fitToPage=\"false\"/></sheetPr><dimension ref=\"A1:D4\"/>"
        + "<sheetViews><sheetView showFormulas=\"false\" showGridLines=\"true\" showRowColHeaders=\"true\" showZeros=\"true\" rightToLeft=\"false\" tabSelected=\"true\" showOutlineSymbols=\"true\" "
        + "defaultGridColor=\"true\" view=\"normal\" topLeftCell=\"A1\" colorId=\"64\" zoomScale=\"100\" zoomScaleNormal=\"100\" zoomScalePageLayoutView=\"100\" workbookViewId=\"0\">"
        + "<selection pane=\"topLeft\" activeCell=\"A1\" activeCellId=\"0\" sqref=\"A1\"/></sheetView></sheetViews>"
        + "<sheetFormatPr defaultColWidth=\"11.53515625\" defaultRowHeight=\"12.8\" zeroHeight=\"false\" outlineLevelRow=\"0\" outlineLevelCol=\"0\"></sheetFormatPr>"
        + "<cols><col collapsed=\"false\" customWidth=\"false\" hidden=\"false\" outlineLevel=\"0\" max=\"1025\" min=\"1\" style=\"0\" width=\"11.52\"/></cols><sheetData>\n"
        + "<row r=\"1\" customFormat=\"false\" ht=\"12.8\" hidden=\"false\" customHeight=\"false\" outlineLevel=\"0\" collapsed=\"false\"><c r=\"A1\" s=\"0\" t=\"s\"><v>0</v></c>"
        + "<c r=\"B1\" s=\"0\" t=\"n\"><v>42</v></c><c r=\"C1\" s=\"1\" t=\"n\"><v>45000.25</v></c><c r=\"D1\" s=\"0\" t=\"b\"><v>0</v></c></row>\n"
        + "<row r=\"2\" customFormat=\"false\" ht=\"12.8\" hidden=\"false\" customHeight=\"false\" outlineLevel=\"0\" collapsed=\"false\"><c r=\"A2\" s=\"0\" t=\"str\"><f aca=\"false\">B1*2</f><v>84</v></c>"
        + "<c r=\"B2\" s=\"0\" t=\"e\"><f aca=\"false\">#REF!</f><v>#REF!</v></c><c r=\"C2\" s=\"3\" t=\"n\"><v>0.75</v></c><c r=\"D2\" s=\"0\" t=\"n\"><f aca=\"false\">C2+1</f><v>1.75</v></c></row>\n"
        + "<row r=\"3\" customFormat=\"false\" ht=\"12.8\" hidden=\"false\" customHeight=\"false\" outlineLevel=\"0\" collapsed=\"false\"/>\n"
        + "<row r=\"4\" customFormat=\"false\" ht=\"12.8\" hidden=\"false\" customHeight=\"false\" outlineLevel=\"0\" collapsed=\"false\"><c r=\"A4\" s=\"0\" t=\"inlineStr\"><is><t>inline</t></is></c>"
        + "<c r=\"B4\" s=\"2\" t=\"n\"><v>-3.5</v></c><c r=\"D4\" s=\"0\" t=\"s\"><v>6</v></c></row>\n"
        + "</sheetData><printOptions headings=\"false\" gridLines=\"false\" gridLinesSet=\"true\" horizontalCentered=\"false\" verticalCentered=\"false\"/>"
        + "<pageMargins left=\"0.7875\" right=\"0.7875\" top=\"1.05277777777778\" bottom=\"1.05277777777778\" header=\"0.7875\" footer=\"0.7875\"/>"
        + "<pageSetup paperSize=\"9\" scale=\"100\" fitToWidth=\"1\" fitToHeight=\"1\" pageOrder=\"downThenOver\" orientation=\"portrait\" blackAndWhite=\"false\" draft=\"false\" cellComments=\"none\" horizontalDpi=\"300\" verticalDpi=\"300\" copies=\"1\"/>"
        + "<headerFooter differentFirst=\"false\" differentOddEven=\"false\"><oddHeader>&amp;C&amp;\"Times New Roman,Regular\"&amp;12&amp;A</oddHeader>"
        + "<oddFooter>&amp;C&amp;\"Times New Roman,Regular\"&amp;12Page &amp;P</oddFooter></headerFooter>\n</worksheet>";

    private static string ClosedXml =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
        + $"<worksheet xmlns:r=\"{RelationshipsNamespace}\" xmlns=\"{MainNamespace}\"><sheetPr><outlinePr summaryBelow=\"1\" summaryRight=\"1\"/></sheetPr><dimension ref=\"A1:D3\"/>"
        + "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"/></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols><col min=\"1\" max=\"1\" width=\"12.7109375\" customWidth=\"1\"/></cols>"
        + "<sheetData><row r=\"1\" spans=\"1:4\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>7</v></c><c r=\"D1\" t=\"s\"><v>6</v></c></row>"
        + "<row r=\"2\" spans=\"1:4\"><c r=\"A2\" s=\"1\"><v>45000</v></c><c r=\"B2\"><v>12.5</v></c><c r=\"C2\" t=\"b\"><v>1</v></c><c r=\"D2\" t=\"str\"><f>A1&amp;B1</f><v>Libellé59-LIL-001</v></c></row>"
        + "<row r=\"3\" spans=\"1:4\"><c r=\"A3\" s=\"1\"><v>45001.5</v></c><c r=\"B3\"><f>B2*2</f><v>25</v></c><c r=\"C3\" t=\"inlineStr\"><is><t>inline</t></is></c><c r=\"D3\" t=\"s\"><v>4</v></c></row>"
        + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A4:D4\"/></mergeCells><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>";

    private static string Prefixed =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
        + $"<x:worksheet xmlns:x=\"{MainNamespace}\" xmlns:r=\"{RelationshipsNamespace}\"><x:sheetViews><x:sheetView workbookViewId=\"0\"/></x:sheetViews><x:sheetData>"
        + "<x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>Nom</x:t></x:is></x:c><x:c r=\"B1\" t=\"n\"><x:v>1</x:v></x:c><x:c r=\"C1\" t=\"s\"><x:v>1</x:v></x:c></x:row>"
        + "<x:row r=\"2\"><x:c r=\"A2\" s=\"1\"><x:v>45000</x:v></x:c><x:c r=\"B2\"><x:f>B1+1</x:f><x:v>2</x:v></x:c><x:c r=\"C2\" t=\"inlineStr\"><x:is><x:r><x:rPr><x:b/></x:rPr><x:t>a</x:t></x:r><x:r><x:t>b</x:t></x:r><x:rPh><x:t>z</x:t></x:rPh></x:is></x:c></x:row>"
        + "<x:row><x:c><x:f>SUM(B1:B2)</x:f></x:c><x:c t=\"e\"><x:v>#NAME?</x:v></x:c></x:row>"
        + "</x:sheetData><x:mergeCells count=\"1\"><x:mergeCell ref=\"A3:C3\"/></x:mergeCells><x:pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></x:worksheet>";

    private static string SingleQuoted =>
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>"
        + $"<worksheet xmlns='{MainNamespace}' xmlns:r='{RelationshipsNamespace}'><sheetData><row r='1' spans='1:3'><c r='A1' t='s'><v>0</v></c><c r='B1' t=\"inlineStr\" note='say \"hi\"'><is><t>x</t></is></c>"
        + "<c r='C1' s='1'><v>45000</v></c></row><row r=\"2\"><c r=\"A2\" other=\"it's\"><v>2</v></c></row></sheetData><mergeCells count='1'><mergeCell ref='A3:B3'/></mergeCells></worksheet>";

    private static string WhitespaceEverywhere =>
        ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        + $"<worksheet\r\n\txmlns=\"{MainNamespace}\"\r\n\txmlns:r = '{RelationshipsNamespace}' >\r\n"
        + "\t<sheetData >\r\n"
        + "\t\t<row\tr=\"1\"\r\n\t\t\tspans=\"1:4\" >\r\n"
        + "\t\t\t<c r=\"\r\n\tA1 \"\tt=\"s\" ><v>\r\n 0\r\n </v></c>\r\n"
        + "\t\t\t<c r =\" B1\" ><v>\r\n  42\r\n</v ></c >\r\n"
        + "\t\t\t<c r=\"C1\" t=\"inlineStr\"><is>\r\n<t xml:space=\"preserve\">a\r\nb\rc\n\td  </t>\r\n</is></c>\r\n"
        + "\t\t\t<c r=\"D1\" t=\"str\"><f>A1\r\n&amp;B1</f><v>line\r\nbreak</v></c>\r\n"
        + "\t\t\t<c r=\"E1\" s=\" 1\"><v>45000</v></c><c r=\"F1\" s=\"1 \"><v>45000</v></c><c r=\"G1\" t=\"inlineStr\"><is><t>  \r\n  </t></is></c>\r\n"
        + "\t\t\t<c r=\"A\t1\"><v>9</v></c>\r\n"
        + "\t\t</row>\r\n"
        + "\t\t<row r=\" 7\"><c r=\"A7\"><v>7</v></c></row>\r\n"
        + "\t\t<row r=\"9\" ><c r=\"A9\"\r\n/><c r=\"B9\" t=\"b\" ><v > 1 </v></c\r\n></row\t>\r\n"
        + "\t</sheetData>\r\n"
        + "\t<mergeCells>\r\n\t\t<mergeCell ref=\" a1:\r\nb2 \" />\r\n\t\t<mergeCell\r\n ref=\"\tC3:D4\t\"/>\r\n\t</mergeCells>\r\n"
        + "</worksheet>\r\n\r\n").Replace("\n", "\r\n", StringComparison.Ordinal).Replace("\r\r\n", "\r\n", StringComparison.Ordinal);

    private static string EntitiesAndReferences =>
        Worksheet(
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&amp;&lt;&gt;&quot;&apos; &#233;&#xE9;&#xe9;&#x1F600;&#128512; &#0065;&#x00000042; a&#13;&#10;b&#9;c&#13;</t></is></c>"
            + "<c r=\"B1\" t=\"str\"><v>R&amp;D &lt;1&gt;</v></c><c r=\"&#67;1\"><v>&#52;&#x32;</v></c><c r=\"D1\" t=\"&#x73;\"><v>1</v></c><c r=\"E1\" s=\"&#49;\"><v>45000</v></c>"
            + "<c r=\"F1\" t=\"inlineStr\"><is><t>&#x5F;x0041_ _x&#x30;041_</t></is></c><c r=\"G1\" t=\"e\"><v>&#35;N/A</v></c><c r=\"H1\" t=\"inlineStr\"><is><t>&gt;]]&gt; ]] > &amp;amp;</t></is></c>"
            + "<c r=\"I1\" t=\"inlineStr\"><is><t>&#xFFFD;&#xFDD0;&#x10FFFF;&#x85;&#x7F;&#x9F;</t></is></c></row>",
            "<mergeCells><mergeCell ref=\"&#65;1:&#x42;2\"/><mergeCell ref=\"C&#10;1\"/></mergeCells>");

    private static string NonAsciiText =>
        Worksheet(
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Éléonore Ñandú ß ø</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>😀👍🏽 𝄞</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>東京都 서울 القاهرة</t></is></c>"
            + "<c r=\"D1\" t=\"str\"><v>e\u0301 \u200B\u2028\u2029 \uFEFF</v></c><c r=\"E1\" t=\"inlineStr\"><is><r><t>Salariés </t></r><r><t>formés</t></r></is></c><c r=\"F1\" t=\"e\"><v>#¡VALOR!</v></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\" note=\"attribut accentué ☃\"><is><t>\u00A0\u3000</t></is></c><c r=\"B2\" t=\"s\"><v>6</v></c></row>",
            "<mergeCells><mergeCell ref=\"A1:é1\"/></mergeCells>");

    private static string SkippedSections =>
        Declaration
        + $"<worksheet xmlns=\"{MainNamespace}\" xmlns:r=\"{RelationshipsNamespace}\" xmlns:x14=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/main\">"
        + "<sheetPr codeName=\"Feuil1\"><tabColor rgb=\"FFFF0000\"/></sheetPr>"
        + "<sheetViews><sheetView workbookViewId=\"0\"><selection activeCell=\"A1\" sqref=\"A1\"/></sheetView><row r=\"50\"><c><v>1</v></c></row></sheetViews>"
        + "<cols><col min=\"1\" max=\"2\" width=\"9\"/></cols>"
        + "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row><extLst><row r=\"51\"><c><v>1</v></c></row></extLst><row r=\"2\"><c r=\"A2\"><v>2</v></c></row></sheetData>"
        + "<conditionalFormatting sqref=\"A1:A9\"><cfRule type=\"expression\" dxfId=\"0\" priority=\"1\"><formula>AND($A1&gt;0,$A1&lt;10)</formula><row><c><v>52</v></c></row></cfRule></conditionalFormatting>"
        + "<dataValidations count=\"2\"><dataValidation type=\"whole\" operator=\"between\" sqref=\"A1:A9\"><formula1>1</formula1><formula2>100</formula2></dataValidation>"
        + "<dataValidation type=\"list\" sqref=\"B1\"><formula1>\"a,b\"</formula1><mergeCell ref=\"Z1:Z2\"/></dataValidation></dataValidations>"
        + "<extLst><ext uri=\"{78C0D931-6437-407d-A8EE-F0AAD7539E65}\"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm=\"http://schemas.microsoft.com/office/excel/2006/main\">"
        + "<x14:cfRule type=\"dataBar\" id=\"{00000000-000E-0000-0000-000001000000}\"><x14:dataBar minLength=\"0\" maxLength=\"100\"><x14:cfvo type=\"autoMin\"/></x14:dataBar></x14:cfRule>"
        + "<xm:sqref>A1:A9</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings><sheetData><row r=\"53\"><c><v>53</v></c></row></sheetData>text &amp; more</ext></extLst>"
        + "<mergeCells><mergeCell ref=\"A1:A2\"/></mergeCells></worksheet>";

    private static string RowLimit =>
        Worksheet(
            "<row r=\"1\"/><row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c></row><row r=\"3\"><c r=\"A3\"><v>1</v></c></row><row r=\"4\"><c r=\"A4\"><v>2</v></c></row><row r=\"5\"></row>"
            + "<row r=\"6\"><c r=\"A6\"><v>3</v></c></row><row r=\"7\"><c r=\"A7\"><v>4</v></c></row><row r=\"8\"/>",
            "<mergeCells><mergeCell ref=\"A1:B1\"/></mergeCells>");

    private static string LongInlineString
    {
        get
        {
            var text = new StringBuilder();
            for (var i = 0; text.Length < 40_000; i++)
            {
                text.Append(i % 7 == 0 ? "é" : i % 11 == 0 ? "😀" : i % 13 == 0 ? "&amp;" : i % 17 == 0 ? "\r\n" : i % 19 == 0 ? "東" : "abcdefghij"[i % 10].ToString());
            }

            return Worksheet($"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>{text}</t></is></c><c r=\"B1\" t=\"str\"><v>{text}</v></c><c r=\"C1\"><v>1</v></c></row>");
        }
    }

    private static string LongAttributeValues
    {
        get
        {
            var value = string.Concat(Enumerable.Range(0, 12_000).Select(i => i % 5 == 0 ? "é&amp;" : "xyzw"));
            var reference = "A1:" + new string('B', 70_000) + "2";
            return Worksheet(
                $"<row r=\"1\" note=\"{value}\"><c r=\"A1\" note=\"{value}\" t=\"inlineStr\"><is><t>after a long attribute</t></is></c><c r=\"B1\" s=\"1\" long=\"{value}{value}\"><v>45000</v></c></row>",
                $"<mergeCells><mergeCell ref=\"{reference}\"/><mergeCell ref=\"{value}\"/></mergeCells>");
        }
    }

    private static string ManyRows(int count)
    {
        var rows = new StringBuilder(count * 160);
        for (var row = 1; row <= count; row++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"<row r=\"{row}\" spans=\"1:5\" x14ac:dyDescent=\"0.25\"><c r=\"A{row}\" t=\"s\"><v>{row % 8}</v></c><c r=\"B{row}\"><v>{row * 1.25}</v></c>")
                .Append(CultureInfo.InvariantCulture, $"<c r=\"C{row}\" s=\"1\"><v>{45000 + (row % 400)}</v></c><c r=\"D{row}\" t=\"inlineStr\"><is><t>ligne {row} é</t></is></c>")
                .Append(row % 3 == 0 ? $"<c r=\"E{row}\" t=\"b\"><v>1</v></c>" : string.Empty)
                .Append("</row>");
        }

        return Declaration
            + $"<worksheet xmlns=\"{MainNamespace}\" xmlns:r=\"{RelationshipsNamespace}\" xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\"><sheetData>{rows}</sheetData></worksheet>";
    }
}
