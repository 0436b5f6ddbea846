using FederationFunctions.Core.Validation.Sheets;

namespace FederationFunctions.Core.Validation.Reference;

/// <summary>The sheets of the reference workbook, format v1, in the template's order.</summary>
public static class ReferenceWorkbookFormat
{
    public static IReadOnlyList<SheetDefinition> Sheets { get; } =
    [
        ParametresSheet.Definition,
        TerritoiresSheet.Definition,
        StructuresSheet.Definition,
        CalendrierSheet.Definition,
        CatalogueSheet.Definition,
    ];
}
