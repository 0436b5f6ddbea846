namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>What a file is, judged by its first bytes.</summary>
internal enum FileKind
{
    /// <summary>A zip archive (OOXML, OpenDocument, or any other zip).</summary>
    Zip,
    /// <summary>An OLE compound file: legacy .xls or an encrypted OOXML package.</summary>
    CompoundFile,
    /// <summary>Anything else (text, PDF, images, random bytes).</summary>
    Other,
}
