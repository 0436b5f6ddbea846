namespace FederationFunctions.Core.Workbooks;

/// <summary>Why a file is refused before any of its cells is read.</summary>
public enum FileRefusalReason
{
    /// <summary>Legacy binary Excel (.xls, OLE compound file that is not encrypted OOXML).</summary>
    LegacyXls,
    /// <summary>OpenDocument spreadsheet (.ods).</summary>
    OpenDocument,
    /// <summary>Comma- or semicolon-separated text.</summary>
    Csv,
    /// <summary>Not a zip package, or a zip that is not a valid OOXML workbook.</summary>
    NotAWorkbook,
    /// <summary>Password-protected or encrypted workbook.</summary>
    Encrypted,
    /// <summary>The file is larger than the limit (10 MB).</summary>
    TooLarge,
    /// <summary>The package's parts expand past the limit (100 MB): a possible zip bomb.</summary>
    ExpandsTooMuch,
    /// <summary>A sheet has more data rows than the limit (5,000).</summary>
    TooManyRows,
    /// <summary>The file is empty.</summary>
    Empty,
}
