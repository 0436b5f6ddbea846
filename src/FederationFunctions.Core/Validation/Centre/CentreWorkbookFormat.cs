using FederationFunctions.Core.Validation.Sheets;

namespace FederationFunctions.Core.Validation.Centre;

/// <summary>The sheets of the centre workbook, format v1, in the template's order.</summary>
public static class CentreWorkbookFormat
{
    public static IReadOnlyList<SheetDefinition> Sheets { get; } =
    [
        StructureSheet.Definition,
        RencontresSheet.Definition,
        FormationsSheet.Definition,
        DispositifsSheet.Definition,
    ];
}
