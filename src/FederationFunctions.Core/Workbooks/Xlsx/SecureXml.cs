using System.Xml;

namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>
/// XmlReader settings for untrusted package parts: no DTD (no entity expansion), no external resolution, elements nested
/// at most <see cref="MaxElementDepth"/> deep.
/// </summary>
internal static class SecureXml
{
    /// <summary>
    /// The deepest element a part may hold (the root is at depth 0). Producers nest a worksheet about ten deep
    /// (worksheet, extLst, ext, conditional formats, rules, values…); a deeper part is refused as not a workbook, by
    /// both worksheet parsers, before the open elements cost memory.
    /// </summary>
    public const int MaxElementDepth = 64;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = true,
        MaxCharactersFromEntities = 0,
    };

    public static XmlReader Create(Stream stream, XmlNameTable nameTable) =>
        new DepthLimitedXmlReader(XmlReader.Create(stream, CreateSettings(nameTable)));

    /// <summary>The settings alone (for a bare XmlReader, as the benchmark's raw pass uses), with the given name table.</summary>
    public static XmlReaderSettings CreateSettings(XmlNameTable nameTable)
    {
        var settings = Settings.Clone();
        settings.NameTable = nameTable;
        return settings;
    }

    /// <summary>The refusal of a part whose elements nest deeper than <see cref="MaxElementDepth"/>.</summary>
    public static InvalidDataException NestedTooDeep() => new($"Elements are nested more than {MaxElementDepth} deep.");
}
