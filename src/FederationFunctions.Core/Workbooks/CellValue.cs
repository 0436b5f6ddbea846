using System.Globalization;

namespace FederationFunctions.Core.Workbooks;

/// <summary>
/// One cell as read from the file, before any interpretation against a column type.
/// </summary>
/// <param name="Kind">What the cell holds.</param>
/// <param name="Number">The numeric value for <see cref="CellKind.Number"/> and <see cref="CellKind.Boolean"/>.</param>
/// <param name="Text">The text for <see cref="CellKind.Text"/>, the error code for <see cref="CellKind.Error"/>, the formula for <see cref="CellKind.FormulaWithoutValue"/>.</param>
/// <param name="IsDateFormatted">True when the cell's number format is a date or time format.</param>
public readonly record struct CellValue(CellKind Kind, double Number = 0, string? Text = null, bool IsDateFormatted = false)
{
    public static CellValue Blank => default;

    public static CellValue FromNumber(double number, bool isDateFormatted = false) => new(CellKind.Number, number, null, isDateFormatted);

    public static CellValue FromText(string text) => string.IsNullOrEmpty(text) ? Blank : new(CellKind.Text, 0, text);

    public static CellValue FromBoolean(bool value) => new(CellKind.Boolean, value ? 1 : 0);

    public static CellValue FromError(string code) => new(CellKind.Error, 0, code);

    public static CellValue FromFormulaWithoutValue(string formula) => new(CellKind.FormulaWithoutValue, 0, formula);

    /// <summary>True when the cell is blank or holds only white space.</summary>
    public bool IsBlank => Kind == CellKind.Blank || (Kind == CellKind.Text && string.IsNullOrWhiteSpace(Text));

    /// <summary>The value as a person would read it, for messages ("value read"); invariant culture.</summary>
    public string Display => Kind switch
    {
        CellKind.Blank => string.Empty,
        CellKind.Number => Number.ToString("R", CultureInfo.InvariantCulture),
        CellKind.Boolean => Number != 0 ? "VRAI" : "FAUX",
        CellKind.FormulaWithoutValue => "=" + Text,
        _ => Text ?? string.Empty,
    };
}
