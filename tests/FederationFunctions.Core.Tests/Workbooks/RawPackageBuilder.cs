using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace FederationFunctions.Core.Tests.Workbooks;

/// <summary>Builds zip packages entry by entry, to imitate producers ClosedXML does not (and to break packages on purpose).</summary>
public sealed class RawPackageBuilder
{
    public const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string WorksheetType = RelationshipsNamespace + "/worksheet";
    public const string StrictMainNamespace = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    public const string StrictRelationshipsNamespace = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    private readonly List<(string Name, byte[] Content, CompressionLevel Level)> _entries = [];

    public RawPackageBuilder Add(string name, string content, CompressionLevel level = CompressionLevel.Fastest) =>
        Add(name, Encoding.UTF8.GetBytes(content), level);

    public RawPackageBuilder Add(string name, byte[] content, CompressionLevel level = CompressionLevel.Fastest)
    {
        _entries.Add((name, content, level));
        return this;
    }

    /// <summary>Replaces the content of an entry already added (to write a part in another encoding, say).</summary>
    public RawPackageBuilder Replace(string name, byte[] content)
    {
        var index = _entries.FindIndex(e => e.Name == name);
        Assert.True(index >= 0, $"No entry {name} to replace.");
        _entries[index] = (name, content, _entries[index].Level);
        return this;
    }

    public byte[] Build()
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content, level) in _entries)
            {
                var entry = archive.CreateEntry(name, level);
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }

    /// <summary>A worksheet part: rows (the inner XML of <c>sheetData</c>) and what follows sheetData (merge cells...).</summary>
    public static string Worksheet(string rows, string afterSheetData = "") =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{MainNamespace}\" xmlns:r=\"{RelationshipsNamespace}\"><sheetData>{rows}</sheetData>{afterSheetData}</worksheet>";

    /// <summary>A shared string table from the inner XML of each <c>si</c>.</summary>
    public static string SharedStrings(params string[] items) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{MainNamespace}\">" + string.Concat(items.Select(i => "<si>" + i + "</si>")) + "</sst>";

    /// <summary>
    /// A package with the usual parts: content types, package relationships, <c>xl/workbook.xml</c> listing the sheets,
    /// its relationships (targets relative, or absolute when asked), and the given worksheets at <c>xl/worksheets/sheetN.xml</c>.
    /// </summary>
    public static RawPackageBuilder Workbook(IReadOnlyList<(string Name, string WorksheetXml)> sheets, string? sharedStringsXml = null, string? stylesXml = null, bool absoluteTargets = false)
    {
        var builder = new RawPackageBuilder();
        builder.Add("[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>");
        builder.Add("_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + $"<Relationship Id=\"rId1\" Type=\"{RelationshipsNamespace}/officeDocument\" Target=\"{(absoluteTargets ? "/xl/workbook.xml" : "xl/workbook.xml")}\"/></Relationships>");
        var sheetElements = new StringBuilder();
        var relationships = new StringBuilder();
        for (var i = 0; i < sheets.Count; i++)
        {
            var number = i + 1;
            sheetElements.Append(CultureInfo.InvariantCulture, $"<sheet name=\"{System.Security.SecurityElement.Escape(sheets[i].Name)}\" sheetId=\"{number}\" r:id=\"rIdS{number}\"/>");
            var target = absoluteTargets ? $"/xl/worksheets/sheet{number}.xml" : $"worksheets/sheet{number}.xml";
            relationships.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rIdS{number}\" Type=\"{WorksheetType}\" Target=\"{target}\"/>");
            builder.Add($"xl/worksheets/sheet{number}.xml", sheets[i].WorksheetXml);
        }

        if (sharedStringsXml is not null)
        {
            relationships.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rIdSst\" Type=\"{RelationshipsNamespace}/sharedStrings\" Target=\"{(absoluteTargets ? "/xl/sharedStrings.xml" : "sharedStrings.xml")}\"/>");
            builder.Add("xl/sharedStrings.xml", sharedStringsXml);
        }

        if (stylesXml is not null)
        {
            relationships.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rIdSty\" Type=\"{RelationshipsNamespace}/styles\" Target=\"{(absoluteTargets ? "/xl/styles.xml" : "styles.xml")}\"/>");
            builder.Add("xl/styles.xml", stylesXml);
        }

        builder.Add("xl/workbook.xml",
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{MainNamespace}\" xmlns:r=\"{RelationshipsNamespace}\"><sheets>{sheetElements}</sheets></workbook>");
        builder.Add("xl/_rels/workbook.xml.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + relationships + "</Relationships>");
        return builder;
    }

    /// <summary>A copy of a zip with one entry's text rewritten.</summary>
    public static byte[] RewriteEntry(byte[] zip, string entryName, Func<string, string> rewrite)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(rewrite);
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName).Open();
                if (entry.FullName == entryName)
                {
                    using var reader = new StreamReader(from);
                    to.Write(Encoding.UTF8.GetBytes(rewrite(reader.ReadToEnd())));
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }

    /// <summary>
    /// The same package in Strict OOXML (ISO/IEC 29500 Strict, as Excel's "Strict Open XML Spreadsheet" and LibreOffice
    /// write it): every transitional SpreadsheetML and relationship namespace replaced by its Strict counterpart.
    /// </summary>
    public static byte[] ToStrict(byte[] zip)
    {
        ArgumentNullException.ThrowIfNull(zip);
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                var text = reader.ReadToEnd()
                    .Replace(MainNamespace, StrictMainNamespace, StringComparison.Ordinal)
                    .Replace(RelationshipsNamespace, StrictRelationshipsNamespace, StringComparison.Ordinal);
                using var to = target.CreateEntry(entry.FullName).Open();
                to.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return output.ToArray();
    }

    /// <summary>The package as written (<paramref name="strict"/> false) or in Strict OOXML.</summary>
    public byte[] Build(bool strict) => strict ? ToStrict(Build()) : Build();

    /// <summary>A one-sheet package.</summary>
    public static RawPackageBuilder Workbook(string sheetName, string worksheetXml, string? sharedStringsXml = null, string? stylesXml = null) =>
        Workbook([(sheetName, worksheetXml)], sharedStringsXml, stylesXml);
}
