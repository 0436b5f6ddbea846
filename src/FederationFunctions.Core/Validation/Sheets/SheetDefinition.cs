using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Validation.Sheets;

/// <summary>A sheet of a workbook format: its canonical name, the other names it may have, its layout and its columns (or fields).</summary>
/// <param name="Name">The canonical sheet name, e.g. <c>Rencontres</c> (used by templates and messages).</param>
/// <param name="AlternativeNames">Other accepted names, e.g. <c>Vie fédérale</c>.</param>
/// <param name="Layout">Form or table.</param>
/// <param name="Required">True when a workbook without this sheet is rejected.</param>
/// <param name="Columns">The columns (table) or fields (form), in the template's order.</param>
public sealed record SheetDefinition(
    string Name,
    IReadOnlyList<string> AlternativeNames,
    SheetLayout Layout,
    bool Required,
    IReadOnlyList<ColumnDefinition> Columns)
{
    /// <summary>The columns every row must give.</summary>
    public IReadOnlyList<ColumnDefinition> RequiredColumns => Columns.Where(c => c.Required).ToArray();

    /// <summary>True when a sheet name written in a file names this sheet (case, accents, spaces, <c>_</c>, <c>-</c> ignored).</summary>
    public bool Matches(string? sheetName)
    {
        var normalized = HeaderNormalizer.NormalizeSheetName(sheetName);
        return normalized.Length > 0
            && (HeaderNormalizer.NormalizeSheetName(Name) == normalized
                || AlternativeNames.Any(n => HeaderNormalizer.NormalizeSheetName(n) == normalized));
    }

    /// <summary>The column a header written in the file names, or null.</summary>
    public ColumnDefinition? FindColumn(string? header) => Columns.FirstOrDefault(c => c.Matches(header));
}
