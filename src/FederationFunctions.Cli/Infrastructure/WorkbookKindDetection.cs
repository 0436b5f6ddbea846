namespace FederationFunctions.Cli.Infrastructure;

/// <summary>What the sheet names of a workbook say about its kind.</summary>
/// <param name="Readable">False when the file could not be read as a workbook (its check then says why).</param>
/// <param name="Kind">The kind, or null when the sheets point to both kinds (<paramref name="Ambiguous"/>) or to neither.</param>
/// <param name="Ambiguous">True when the sheets point to both kinds.</param>
/// <param name="SheetNames">Every sheet, as named in the file, in workbook order.</param>
/// <param name="CentreSheets">The sheets of the centre format, as named in the file.</param>
/// <param name="ReferenceSheets">The sheets of the reference format (<c>Calendrier</c> included), as named in the file.</param>
internal sealed record WorkbookKindDetection(
    bool Readable,
    WorkbookKind? Kind,
    bool Ambiguous,
    IReadOnlyList<string> SheetNames,
    IReadOnlyList<string> CentreSheets,
    IReadOnlyList<string> ReferenceSheets)
{
    /// <summary>A file the reader refused.</summary>
    public static WorkbookKindDetection Unreadable { get; } = new(false, null, false, [], [], []);
}
