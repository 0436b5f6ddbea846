using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Benchmarks;

/// <summary>
/// The worst centre workbooks of up to 10 MB for the ingestion's memory: a member's real workbook (sample writer, ClosedXML)
/// whose three data sheets are rewritten part by part with generated rows (the structure sheet, styles and headers are
/// kept, so the reader and the validator go all the way through). Built with <see cref="ZipArchive"/> because ClosedXML
/// would hold every cell of such a file in memory several times over.
/// </summary>
internal static class WorstCaseWorkbooks
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly string[] DataSheets = ["Rencontres", "Formations", "Dispositifs"];
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éèàùçâêîôûëïü";

    /// <summary>The largest file the reader takes (10 MB), and the part of it these files fill.</summary>
    private static long MaxFileBytes => WorkbookReaderLimits.Default.MaxFileBytes;

    private static long TargetBytes => MaxFileBytes - (64 * 1024);

    /// <summary>
    /// Accepted, at the limits: 5,000 rows on each data sheet (the most the reader takes), every row distinct, the free
    /// text columns filled with incompressible text until the file is just under 10 MB.
    /// </summary>
    public static byte[] MaxRows(CentreWorkbook member)
    {
        var template = Template.Of(member);
        var perText = 800;
        for (var attempt = 0; ; attempt++)
        {
            var random = new Random(1);
            var length = perText;
            var file = template.Rewrite(DataSheets.ToDictionary(s => s, s => (Action<TextWriter, TemplateSheet>)((writer, sheet) =>
            {
                for (var i = 0; i < WorkbookReaderLimits.Default.MaxDataRowsPerSheet; i++)
                {
                    sheet.WriteRow(writer, sheet.FirstDataRow + i, (header, cell) => header switch
                    {
                        "Bénévoles présents" => Number(i + 1),
                        "Intitulé" or "Intitulé du projet" or "Financeur" => Inline(RandomText(random, length)),
                        _ => cell,
                    });
                }
            })), extraStrings: []);
            if (file.Length <= MaxFileBytes && (file.Length >= TargetBytes - (256 * 1024) || attempt == 4))
            {
                return file;
            }

            perText = (int)(perText * (TargetBytes / (double)file.Length));
        }
    }

    /// <summary>
    /// Rejected, with the most problems: 5,000 rows on each data sheet, every cell of every column an error, each cell
    /// pointing to one of a few hundred distinct shared strings of 32,500 incompressible characters that fill the 10 MB.
    /// </summary>
    public static byte[] IssueBomb(CentreWorkbook member)
    {
        var template = Template.Of(member);
        var count = 300;
        for (var attempt = 0; ; attempt++)
        {
            var random = new Random(2);
            var strings = Enumerable.Range(0, count).Select(_ => RandomText(random, 32_500)).ToList();
            var first = template.SharedStringCount;
            var file = template.Rewrite(DataSheets.ToDictionary(s => s, s => (Action<TextWriter, TemplateSheet>)((writer, sheet) =>
            {
                var k = 0;
                for (var i = 0; i < WorkbookReaderLimits.Default.MaxDataRowsPerSheet; i++)
                {
                    sheet.WriteRow(writer, sheet.FirstDataRow + i, (_, _) => Shared(first + (k++ % strings.Count)));
                }
            })), strings);
            if (file.Length <= MaxFileBytes && (file.Length >= TargetBytes - (256 * 1024) || attempt == 4))
            {
                return file;
            }

            count = (int)(count * (TargetBytes / (double)file.Length));
        }
    }

    /// <summary>
    /// Rejected, a zip bomb within the limits: a few hundred kilobytes that expand to about 95 MB of worksheet XML (the reader
    /// refuses past 100 MB), every data cell a distinct inline string of 32,000 characters (each one a string of its own once
    /// read), every one an error or a text the validator must look at.
    /// </summary>
    public static byte[] ExpandedText(CentreWorkbook member)
    {
        var template = Template.Of(member);
        // ASCII, repeating every 4,000 characters: deflate's 32 KB window finds the repeats, so 95 MB fit in a few hundred KB.
        var period = RandomText(new Random(3), 4_000, ascii: true);
        var block = string.Concat(Enumerable.Repeat(period, 8));
        var budget = WorkbookReaderLimits.Default.MaxExpandedBytes * 95 / 100;
        var perSheet = budget / DataSheets.Length;
        return template.Rewrite(DataSheets.ToDictionary(s => s, s => (Action<TextWriter, TemplateSheet>)((writer, sheet) =>
        {
            var cells = perSheet / (Encoding.UTF8.GetByteCount(block) + 40);
            var rows = (int)Math.Min(WorkbookReaderLimits.Default.MaxDataRowsPerSheet, cells / sheet.Columns.Count);
            for (var i = 0; i < rows; i++)
            {
                // Each cell differs from the others by its first characters, so no two cells read are the same string.
                sheet.WriteRow(writer, sheet.FirstDataRow + i, (header, _) => Inline(string.Create(CultureInfo.InvariantCulture, $"{i:D5}{header.Length:D3}") + block[8..]));
            }
        })), extraStrings: []);
    }

    /// <summary>
    /// A zip bomb of cells: the 100 MB of worksheet XML filled with the smallest cells a reader must keep a string for,
    /// <c>&lt;c t="e"&gt;&lt;v&gt;#&lt;/v&gt;&lt;/c&gt;</c> (5,000 rows on each data sheet, hundreds of columns past the table's
    /// own; a cell without a reference is in the column after the previous one), compressed to well under 10 MB: the most
    /// memory the reader can be made to hold in the sheets it reads.
    /// </summary>
    public static byte[] ExpandedCells(CentreWorkbook member)
    {
        var template = Template.Of(member);
        var budget = WorkbookReaderLimits.Default.MaxExpandedBytes - (4 * 1024 * 1024); // less the rows' own cells and the other parts
        var rows = WorkbookReaderLimits.Default.MaxDataRowsPerSheet;
        const string Cell = "<c t=\"e\"><v>#</v></c>";
        var extraColumns = (int)(budget / DataSheets.Length / rows / Cell.Length);
        return template.Rewrite(DataSheets.ToDictionary(s => s, s => (Action<TextWriter, TemplateSheet>)((writer, sheet) =>
        {
            for (var i = 0; i < rows; i++)
            {
                var row = sheet.FirstDataRow + i;
                sheet.WriteRow(writer, row, (header, cell) => header == "Bénévoles présents" ? Number(i + 1) : cell, close: false);
                for (var c = 0; c < extraColumns; c++)
                {
                    writer.Write(Cell);
                }

                writer.Write("</row>");
            }
        })), extraStrings: []);
    }

    /// <summary>
    /// A zip bomb of rows: the member's valid workbook plus as many extra sheets as fit in the 100 MB of XML, each of
    /// 5,000 rows (the most a sheet may hold) of one small numeric cell, compressed to well under 10 MB. A row read costs
    /// several objects (the row, its cells, its list slot), so this is the most memory the reader can be made to hold per byte.
    /// </summary>
    public static byte[] ExpandedRows(CentreWorkbook member)
    {
        var file = Template.Of(member).Rewrite(new Dictionary<string, Action<TextWriter, TemplateSheet>>(), extraStrings: []);
        var rows = WorkbookReaderLimits.Default.MaxDataRowsPerSheet;
        var sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + Main.NamespaceName + "\"><sheetData>");
        for (var i = 0; i < rows; i++)
        {
            sheet.Append("<row><c><v>").Append((char)('0' + (i % 10))).Append("</v></c></row>");
        }

        var xml = Encoding.UTF8.GetBytes(sheet.Append("</sheetData></worksheet>").ToString());
        // As many as the 100 MB budget takes, less what the member's own parts use and a margin.
        long expanded;
        using (var template = new ZipArchive(new MemoryStream(file), ZipArchiveMode.Read))
        {
            expanded = template.Entries.Sum(e => e.Length);
        }

        var count = (int)((WorkbookReaderLimits.Default.MaxExpandedBytes - expanded - (256 * 1024)) / xml.Length);
        using var output = new MemoryStream();
        output.Write(file);
        using (var archive = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            XNamespace packageRels = "http://schemas.openxmlformats.org/package/2006/relationships";
            XNamespace types = "http://schemas.openxmlformats.org/package/2006/content-types";
            var workbook = Load(archive, "xl/workbook.xml");
            var rels = Load(archive, "xl/_rels/workbook.xml.rels");
            var contentTypes = Load(archive, "[Content_Types].xml");
            var sheets = workbook.Root!.Element(Main + "sheets")!;
            for (var i = 1; i <= count; i++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"Bombe{i}");
                var id = string.Create(CultureInfo.InvariantCulture, $"rIdBomb{i}");
                var part = string.Create(CultureInfo.InvariantCulture, $"xl/worksheets/bomb{i}.xml");
                sheets.Add(new XElement(Main + "sheet", new XAttribute("name", name), new XAttribute("sheetId", 1000 + i), new XAttribute(Relationships + "id", id)));
                rels.Root!.Add(new XElement(packageRels + "Relationship", new XAttribute("Type", Relationships.NamespaceName + "/worksheet"), new XAttribute("Target", "/" + part), new XAttribute("Id", id)));
                contentTypes.Root!.Add(new XElement(types + "Override", new XAttribute("PartName", "/" + part), new XAttribute("ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml")));
                using var stream = archive.CreateEntry(part, CompressionLevel.SmallestSize).Open();
                stream.Write(xml);
            }

            Save(archive, "xl/workbook.xml", workbook);
            Save(archive, "xl/_rels/workbook.xml.rels", rels);
            Save(archive, "[Content_Types].xml", contentTypes);
        }

        return output.ToArray();

        static XDocument Load(ZipArchive archive, string name)
        {
            using var stream = archive.GetEntry(name)!.Open();
            return XDocument.Load(stream);
        }

        static void Save(ZipArchive archive, string name, XDocument document)
        {
            archive.GetEntry(name)!.Delete();
            using var stream = archive.CreateEntry(name).Open();
            document.Save(stream, SaveOptions.DisableFormatting);
        }
    }

    private static string RandomText(Random random, int length, bool ascii = false) =>
        string.Create(length, random, (span, r) =>
        {
            var letters = ascii ? 62 : Alphabet.Length;
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Alphabet[r.Next(letters)];
            }
        });

    private static CellXml Number(int value) => new(null, "<v>" + value.ToString(CultureInfo.InvariantCulture) + "</v>");

    private static CellXml Shared(int index) => new("s", "<v>" + index.ToString(CultureInfo.InvariantCulture) + "</v>");

    private static CellXml Inline(string text) => new("inlineStr", "<is><t>" + System.Security.SecurityElement.Escape(text) + "</t></is>");

    /// <summary>A cell's type attribute and inner XML (its style is the template row's).</summary>
    internal sealed record CellXml(string? Type, string Inner);

    /// <summary>One data sheet of the template: its part, its columns (header → letter) and the template data row's cells.</summary>
    internal sealed class TemplateSheet(string prefix, string suffix, int firstDataRow, IReadOnlyList<(string Header, string Column, string? Style, CellXml Cell)> columns)
    {
        public string Prefix => prefix;

        public string Suffix => suffix;

        public int FirstDataRow => firstDataRow;

        public IReadOnlyList<(string Header, string Column, string? Style, CellXml Cell)> Columns => columns;

        /// <summary>Writes a row of the table's columns, each cell chosen by <paramref name="cell"/> from its header and the template's cell.</summary>
        public void WriteRow(TextWriter writer, int row, Func<string, CellXml, CellXml> cell, bool close = true)
        {
            var number = row.ToString(CultureInfo.InvariantCulture);
            writer.Write("<row r=\"" + number + "\">");
            foreach (var (header, column, style, template) in columns)
            {
                var chosen = cell(header, template);
                writer.Write("<c r=\"" + column + number + "\"");
                if (style is not null)
                {
                    writer.Write(" s=\"" + style + "\"");
                }

                if (chosen.Type is not null)
                {
                    writer.Write(" t=\"" + chosen.Type + "\"");
                }

                writer.Write(">" + chosen.Inner + "</c>");
            }

            if (close)
            {
                writer.Write("</row>");
            }
        }
    }

    /// <summary>A member's workbook with one row on each data sheet, taken apart so that its data sheets can be rewritten.</summary>
    private sealed class Template
    {
        private readonly Dictionary<string, byte[]> _parts;
        private readonly Dictionary<string, string> _sheetParts;
        private readonly List<string> _sharedStrings;
        private readonly string _sharedStringsPart;

        private Template(Dictionary<string, byte[]> parts, Dictionary<string, string> sheetParts, List<string> sharedStrings, string sharedStringsPart)
        {
            _parts = parts;
            _sheetParts = sheetParts;
            _sharedStrings = sharedStrings;
            _sharedStringsPart = sharedStringsPart;
        }

        public int SharedStringCount => _sharedStrings.Count;

        public static Template Of(CentreWorkbook member)
        {
            var bytes = BenchWorkbooks.Write(member with { Meetings = member.Meetings.Take(1).ToList(), Trainings = member.Trainings.Take(1).ToList(), Programmes = member.Programmes.Take(1).ToList() });
            var parts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            using (var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
            {
                foreach (var entry in archive.Entries)
                {
                    using var stream = entry.Open();
                    using var copy = new MemoryStream();
                    stream.CopyTo(copy);
                    parts[entry.FullName] = copy.ToArray();
                }
            }

            var workbook = XDocument.Load(new MemoryStream(parts["xl/workbook.xml"]));
            var rels = XDocument.Load(new MemoryStream(parts["xl/_rels/workbook.xml.rels"]));
            XNamespace packageRels = "http://schemas.openxmlformats.org/package/2006/relationships";
            var targets = rels.Root!.Elements(packageRels + "Relationship").ToDictionary(r => (string)r.Attribute("Id")!, r => Resolve((string)r.Attribute("Target")!));
            var sheetParts = workbook.Root!.Element(Main + "sheets")!.Elements(Main + "sheet")
                .ToDictionary(s => (string)s.Attribute("name")!, s => targets[(string)s.Attribute(Relationships + "id")!], StringComparer.Ordinal);
            var sharedStringsPart = targets.Values.Single(t => t.EndsWith("sharedStrings.xml", StringComparison.Ordinal));
            var sharedStrings = XDocument.Load(new MemoryStream(parts[sharedStringsPart])).Root!.Elements(Main + "si")
                .Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value))).ToList();
            return new Template(parts, sheetParts, sharedStrings, sharedStringsPart);
        }

        /// <summary>The workbook again, each data sheet's rows below its header replaced by what its writer writes; <paramref name="extraStrings"/> appended to the shared strings.</summary>
        public byte[] Rewrite(IReadOnlyDictionary<string, Action<TextWriter, TemplateSheet>> writers, IReadOnlyList<string> extraStrings)
        {
            var rewritten = writers.ToDictionary(w => _sheetParts[w.Key], w => w, StringComparer.Ordinal);
            using var output = new MemoryStream();
            using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var (name, content) in _parts)
                {
                    using var stream = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                    if (rewritten.TryGetValue(name, out var writer))
                    {
                        var sheet = Sheet(content);
                        using var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
                        text.Write(sheet.Prefix);
                        writer.Value(text, sheet);
                        text.Write(sheet.Suffix);
                    }
                    else if (name == _sharedStringsPart && extraStrings.Count > 0)
                    {
                        using var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
                        text.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + Main.NamespaceName + "\">");
                        foreach (var s in _sharedStrings.Concat(extraStrings))
                        {
                            text.Write("<si><t xml:space=\"preserve\">" + System.Security.SecurityElement.Escape(s) + "</t></si>");
                        }

                        text.Write("</sst>");
                    }
                    else
                    {
                        stream.Write(content);
                    }
                }
            }

            return output.ToArray();
        }

        /// <summary>
        /// The XML with SpreadsheetML as the default namespace, as Excel writes it (ClosedXML writes it under the prefix
        /// <c>x:</c>), so that the generated rows, written without a prefix, are in it.
        /// </summary>
        private static string DefaultNamespace(string xml) => xml
            .Replace(" xmlns:x=\"" + Main.NamespaceName + "\"", string.Empty, StringComparison.Ordinal)
            .Replace(" xmlns=\"" + Main.NamespaceName + "\"", string.Empty, StringComparison.Ordinal)
            .Replace("<x:", "<", StringComparison.Ordinal)
            .Replace("</x:", "</", StringComparison.Ordinal)
            .Replace("<worksheet ", "<worksheet xmlns=\"" + Main.NamespaceName + "\" ", StringComparison.Ordinal);

        private static string Resolve(string target) => target.StartsWith('/') ? target[1..] : "xl/" + target;

        /// <summary>The sheet's XML cut around its data rows: the rows up to the header row are kept, the template's data row read for its cells.</summary>
        private TemplateSheet Sheet(byte[] content)
        {
            var document = XDocument.Load(new MemoryStream(content));
            var sheetData = document.Root!.Element(Main + "sheetData")!;
            var rows = sheetData.Elements(Main + "row").ToList();
            var data = rows[^1];
            var header = rows[^2];
            var cells = data.Elements(Main + "c").ToDictionary(c => ColumnOf((string)c.Attribute("r")!), StringComparer.Ordinal);
            var columns = header.Elements(Main + "c")
                .Select(h => (Header: CellText(h).Trim(), Column: ColumnOf((string)h.Attribute("r")!)))
                .Where(h => h.Header.Length > 0)
                .Select(h => cells.TryGetValue(h.Column, out var c)
                    ? (h.Header, h.Column, Style: (string?)c.Attribute("s"), Cell: new CellXml((string?)c.Attribute("t"), DefaultNamespace(string.Concat(c.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))))))
                    : (h.Header, h.Column, Style: null, Cell: new CellXml(null, string.Empty)))
                .ToList();
            var firstDataRow = int.Parse((string)data.Attribute("r")!, CultureInfo.InvariantCulture);
            data.Remove();
            foreach (var element in document.Descendants().Where(e => e.Name.LocalName is "dimension" or "tableParts" or "dataValidations" or "conditionalFormatting" or "autoFilter").ToList())
            {
                element.Remove();
            }

            const string Marker = "@@ROWS@@";
            sheetData.Add(new XText(Marker));
            var xml = DefaultNamespace(document.Declaration + document.ToString(SaveOptions.DisableFormatting));
            var at = xml.IndexOf(Marker, StringComparison.Ordinal);
            return new TemplateSheet(xml[..at], xml[(at + Marker.Length)..], firstDataRow, columns);
        }

        private string CellText(XElement cell)
        {
            var value = cell.Element(Main + "v")?.Value ?? string.Concat(cell.Descendants(Main + "t").Select(t => t.Value));
            return (string?)cell.Attribute("t") == "s" ? _sharedStrings[int.Parse(value, CultureInfo.InvariantCulture)] : value;
        }

        private static string ColumnOf(string reference) => new(reference.TakeWhile(char.IsLetter).ToArray());
    }
}
