namespace FederationFunctions.Core.Workbooks;

/// <summary>What a worksheet cell holds, as stored in the file (cached value for formulas).</summary>
public enum CellKind
{
    /// <summary>No value (absent cell, empty cell, or empty string).</summary>
    Blank,
    /// <summary>A number (dates are numbers in a date-formatted cell: see <see cref="CellValue.IsDateFormatted"/>).</summary>
    Number,
    /// <summary>Text: shared string, inline string, or a formula's cached string result.</summary>
    Text,
    /// <summary>A boolean cell (<see cref="CellValue.Number"/> is 1 or 0).</summary>
    Boolean,
    /// <summary>An error cell such as <c>#N/A</c> or <c>#DIV/0!</c>; <see cref="CellValue.Text"/> holds the code.</summary>
    Error,
    /// <summary>A formula whose cached value is absent from the file.</summary>
    FormulaWithoutValue,
}
