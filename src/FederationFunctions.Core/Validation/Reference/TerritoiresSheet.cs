using FederationFunctions.Core.Validation.Sheets;
using FederationFunctions.Core.Validation.Vocabularies;
using FederationFunctions.Core.Workbooks.CellValues;

namespace FederationFunctions.Core.Validation.Reference;

/// <summary>The <c>Territoires</c> table of the reference workbook.</summary>
public static class TerritoiresSheet
{
    /// <summary>A territory code: 3 capital letters (after trimming and upper-casing).</summary>
    public const string TerritoryCodePattern = "^[A-Z]{3}$";

    public static ColumnDefinition TerritoryCode { get; } = new("territory_code", "Code AT", [], ColumnKind.Text, true);

    public static ColumnDefinition TerritoryName { get; } = new("territory_name", "Assemblée territoriale", ["Nom du territoire", "Territoire"], ColumnKind.Text, true);

    public static ColumnDefinition Department { get; } = new("department", "Département", [], ColumnKind.Enum, true, Departments.Vocabulary);

    public static SheetDefinition Definition { get; } = new("Territoires", [], SheetLayout.Table, true, [TerritoryCode, TerritoryName, Department]);
}
