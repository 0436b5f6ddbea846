using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using System.Xml;

namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>
/// An OPC (zip) package read from memory: part lookup (names are case-insensitive), relationships, and part
/// streams whose decompressed bytes are counted against one expansion budget for the whole package.
/// </summary>
internal sealed class OoxmlPackage : IDisposable
{
    /// <summary>More entries than this is not a workbook anyone filled by hand.</summary>
    public const int MaxEntries = 10_000;

    private const string OpenDocumentSpreadsheetMimeType = "application/vnd.oasis.opendocument.spreadsheet";
    private const int MaxMimeTypeBytes = 256;

    private readonly ZipArchive _archive;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;
    private readonly ExpansionBudget _budget;

    private OoxmlPackage(ZipArchive archive, Dictionary<string, ZipArchiveEntry> entries, long declaredExpandedBytes, long maxExpandedBytes)
    {
        _archive = archive;
        _entries = entries;
        DeclaredExpandedBytes = declaredExpandedBytes;
        _budget = new ExpansionBudget(maxExpandedBytes);
    }

    /// <summary>The sum of the entries' declared uncompressed sizes.</summary>
    public long DeclaredExpandedBytes { get; }

    public XmlNameTable NameTable { get; } = new NameTable();

    /// <summary>Opens a zip; throws <see cref="InvalidDataException"/> when it is corrupt or has too many entries.</summary>
    public static OoxmlPackage Open(ReadOnlyMemory<byte> bytes, long maxExpandedBytes)
    {
        var archive = new ZipArchive(AsStream(bytes), ZipArchiveMode.Read, leaveOpen: false);
        try
        {
            var all = archive.Entries;
            if (all.Count > MaxEntries)
            {
                throw new InvalidDataException("Too many entries in the package.");
            }

            var entries = new Dictionary<string, ZipArchiveEntry>(all.Count, StringComparer.OrdinalIgnoreCase);
            long declared = 0;
            foreach (var entry in all)
            {
                declared += entry.Length;
                entries.TryAdd(NormalisePartName(entry.FullName), entry);
            }

            return new OoxmlPackage(archive, entries, declared, maxExpandedBytes);
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    /// <summary>True when the package is an OpenDocument spreadsheet (its <c>mimetype</c> entry says so).</summary>
    public bool IsOpenDocument()
    {
        if (!_entries.TryGetValue("mimetype", out var entry))
        {
            return false;
        }

        using var stream = entry.Open();
        Span<byte> buffer = stackalloc byte[MaxMimeTypeBytes];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var mimeType = Encoding.ASCII.GetString(buffer[..length]).Trim();
        return mimeType.StartsWith(OpenDocumentSpreadsheetMimeType, StringComparison.OrdinalIgnoreCase);
    }

    public bool Contains(string partName) => _entries.ContainsKey(partName);

    /// <summary>A reader over a part, or null when the part is absent.</summary>
    public XmlReader? OpenXml(string partName)
    {
        var stream = OpenPart(partName);
        return stream is null ? null : SecureXml.Create(stream, NameTable);
    }

    /// <summary>The decompressed bytes of a part, counted against the package's expansion budget; null when the part is absent.</summary>
    public BudgetedReadStream? OpenPart(string partName) =>
        _entries.TryGetValue(partName, out var entry) ? new BudgetedReadStream(entry.Open(), _budget) : null;

    /// <summary>The main workbook part, found through <c>_rels/.rels</c> (officeDocument) or at <c>xl/workbook.xml</c>.</summary>
    public string? FindWorkbookPart()
    {
        var fromRelationships = ReadRelationships(string.Empty)
            .FirstOrDefault(r => r.HasType("officeDocument") && r.TargetPart is not null && Contains(r.TargetPart))?.TargetPart;
        if (fromRelationships is not null)
        {
            return fromRelationships;
        }

        const string conventional = "xl/workbook.xml";
        return Contains(conventional) ? conventional : null;
    }

    /// <summary>The relationships of a part (the package itself for an empty name); none when its .rels part is absent.</summary>
    public IReadOnlyList<PackageRelationship> ReadRelationships(string sourcePart)
    {
        var folder = FolderOf(sourcePart);
        var relsPart = folder + "_rels/" + sourcePart[folder.Length..] + ".rels";
        using var reader = OpenXml(relsPart);
        return reader is null ? [] : RelationshipsPartParser.Parse(reader, folder);
    }

    public void Dispose() => _archive.Dispose();

    /// <summary>The folder of a part name, with its trailing slash ("xl/" for "xl/workbook.xml").</summary>
    public static string FolderOf(string partName)
    {
        var slash = partName.LastIndexOf('/');
        return slash < 0 ? string.Empty : partName[..(slash + 1)];
    }

    /// <summary>Resolves a relationship target (relative to <paramref name="sourceFolder"/>, or absolute) to a part name.</summary>
    public static string? ResolveTarget(string sourceFolder, string target)
    {
        var decoded = Uri.UnescapeDataString(target.Trim()).Replace('\\', '/');
        var hash = decoded.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            decoded = decoded[..hash];
        }

        var combined = decoded.StartsWith('/') ? decoded[1..] : sourceFolder + decoded;
        var segments = new List<string>();
        foreach (var segment in combined.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return segments.Count == 0 ? null : string.Join('/', segments);
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);

    private static string NormalisePartName(string entryName) => entryName.Replace('\\', '/').TrimStart('/');
}
