using System.Xml;

namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>XmlReader settings for untrusted package parts: no DTD (no entity expansion), no external resolution.</summary>
internal static class SecureXml
{
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

    public static XmlReader Create(Stream stream, XmlNameTable nameTable)
    {
        var settings = Settings.Clone();
        settings.NameTable = nameTable;
        return XmlReader.Create(stream, settings);
    }
}
