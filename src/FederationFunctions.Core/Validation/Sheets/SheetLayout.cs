namespace FederationFunctions.Core.Validation.Sheets;

/// <summary>How a sheet is laid out.</summary>
public enum SheetLayout
{
    /// <summary>One field per row: label in column A, value in the first non-blank cell to its right.</summary>
    Form,
    /// <summary>A header row, then one data row per item.</summary>
    Table,
}
